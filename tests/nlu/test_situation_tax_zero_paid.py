"""A tax paid of zero dirhams ("je paie 0 dh d'impôts", "impôts : 0 dh") is no tax; a sum that is not zero names none."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je paie 0 dh d'impots, combien pour l'amo ?",
        "impots : 0 dh. je fais de la vannerie, la cotisation c'est combien",
        "kankhelles 0 dh f dariba, ch7al l'amo ?",
    ],
)
def test_zero_dirhams_of_tax_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_a_sum_of_tax_is_not_none(reader: SituationReader) -> None:
    assert read(reader, "je paie 10 dh d'impots de plus que l'an dernier, c'est normal ?").get("tax_situation") != "none"


@pytest.mark.parametrize("text", ["je fais du zellige et je paye 0 impot. si je tombe malade l'amo rembourse comment ?", "كنخلص 0 ضريبة"])
def test_zero_tax_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
