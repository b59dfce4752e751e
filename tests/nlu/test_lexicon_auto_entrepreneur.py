"""A trade named with "auto" ("mécanicien auto") leaves that word to the regime when "entrepreneur" follows it: the
situation reader reads no regime inside a trade, and "mecanicien auto entrepreneur a Oujda" lost its regime."""

import pytest

from nlu.lexicon import Lexicon, message_words
from nlu.lexicon_extractor import regime_words_left
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


def _crafts(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    words = message_words(text)
    return [(m.value, text[m.start : m.end]) for m in regime_words_left(words, lexicon.find(words)) if m.entity == "craft"]


def test_the_regime_keeps_its_auto(seed_lexicon: Lexicon) -> None:  # noqa: F811
    assert _crafts(seed_lexicon, "je suis mecanicien auto entrepreneur a Oujda") == [("CAR_MECHANICS", "mecanicien")]


@pytest.mark.parametrize("text", ["je suis mécanicien auto à Oujda", "mecanicien auto, je suis entrepreneur"])
def test_a_trade_with_auto_and_no_regime_keeps_its_name(seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert _crafts(seed_lexicon, text) == [("CAR_MECHANICS", text[text.index("m") : text.index("auto") + 4])]
