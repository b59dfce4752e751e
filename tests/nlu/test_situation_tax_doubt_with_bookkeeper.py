"""A writer who doubts their own regime and names who keeps the books ("je ne sais pas si je suis au forfait ou à la
CPU, le comptable s'occupe de ça") states no regime: the bookkeeper does not settle it. Without the doubt, the
bookkeeper still says accounts."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je sais pas si je suis a la cpu ou au forfait, c'est un comptable qui gere mes papiers. l'amo c'est combien ?",
        "ma3rftch wach ana f lcpu, lcomptable howa li kaydir kolchi, ch7al l'amo?",
    ],
)
def test_a_doubted_regime_with_a_bookkeeper_is_nothing(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_a_bookkeeper_alone_is_accounts(reader: SituationReader) -> None:
    assert read(reader, "c'est un comptable qui gere mes papiers, l'amo c'est combien ?").get("tax_situation") == "accounts"
