"""Someone else's regime, then the writer's no tax joined to it by "et moi", "w ana" in the same clause ("elle est AE
et moi je ne paie pas d'impôts"): the writer holds none."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "on travaille ensemble, elle est auto-entrepreneur et moi je ne paie pas d'impots. combien pour moi l'amo ?",
        "mon frere est a la CPU mais moi je ne declare rien, la cotisation c'est combien",
    ],
)
def test_the_writers_none_after_et_moi(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_the_writers_regime_after_et_moi_is_kept(reader: SituationReader) -> None:
    text = "elle ne paie pas d'impots et moi je suis a la CPU, combien l'amo ?"
    assert read(reader, text).get("tax_situation") == "cpu"
