"""A regime left, then the writer's doubt about what they are now ("j'ai arrêté la CPU, je ne sais pas ce que je suis
maintenant"), states no tax situation; a regime left with nothing else said is none."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'ai ferme mon auto-entreprise l'an dernier et je ne sais pas ce que je suis maintenant, combien l'amo ?",
        "sddit l'auto entrepreneur, daba ma3rftch ana f ina wad3iya, ch7al l'amo?",
    ],
)
def test_a_regime_left_then_doubted_now_is_nothing(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_a_regime_left_alone_is_none(reader: SituationReader) -> None:
    assert read(reader, "j'ai ferme mon auto-entreprise l'an dernier, combien l'amo ?").get("tax_situation") == "none"
