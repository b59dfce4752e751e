"""A regime weighed against another ("mieux que", "ghalia 3la", "أرخص من", "plus avantageux que") is asked about, not held:
the writer states no regime of their own."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "le forfait c'est mieux que l'auto-entrepreneur pour la cnss ?",
        "wach lforfait rkhis 3la auto f amo?",
        "واش المقاول الذاتي أرخص من الجزافي فلامو؟",
        "l'auto-entrepreneur est plus avantageux que la CPU pour l'amo ?",
    ],
)
def test_a_regime_weighed_against_another_is_not_held(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


def test_a_regime_held_then_weighed_stays_held(reader: SituationReader) -> None:
    assert read(reader, "ana f lforfait, wach auto a7san mn lforfait f amo?").get("tax_situation") == "cpu"
