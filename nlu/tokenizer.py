"""A tokenizer for Arabic, Darija and French that keeps what was typed and what it means.

Each token keeps its original text and offsets (so entities point into the user's own
message) and carries its normalised spelling as the lemma, which the featurizers use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

from hirfa.text import normalise

# A word: letters and digits, with the marks and invisible characters that may sit inside
# a word (harakat, tatweel, zero-width joiners) kept so that offsets stay exact.
_INSIDE_WORD = r"\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD"
NO_WORDS_LEMMA = "__no_words__"
WORD = re.compile(rf"[^\W_][^\W_{_INSIDE_WORD}]*(?:[{_INSIDE_WORD}]+[^\W_]+)*[{_INSIDE_WORD}]*")
# Arabic letters and digits typed without a space ("منذ2018", "عندي5سنين") are two words; Arabizi keeps its
# digits (ch7al), which are letters there.
_ARABIC_LETTER = "\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF"
_DIGIT = "0-9\u0660-\u0669\u06F0-\u06F9"
_LETTERS_DIGITS = re.compile(rf"(?<=[{_ARABIC_LETTER}])(?=[{_DIGIT}])|(?<=[{_DIGIT}])(?=[{_ARABIC_LETTER}])")


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) offsets of the words of ``text``."""
    for match in WORD.finditer(text):
        start = match.start()
        for cut in _LETTERS_DIGITS.finditer(match.group()):
            yield start, match.start() + cut.start()
            start = match.start() + cut.start()
        yield start, match.end()


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class NormalisingTokenizer(Tokenizer):
    """Splits on anything that is not part of a word; the lemma is the folded spelling."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Returns the component's default config."""
        return {
            "intent_tokenization_flag": False,
            "intent_split_symbol": "_",
            "token_pattern": None,
            "prefix_separator_symbol": None,
        }

    @staticmethod
    def required_packages() -> list[str]:
        """No package beyond Rasa itself."""
        return []

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        """Tokenizes the text of the given attribute."""
        text = message.get(attribute)
        tokens = [
            Token(text[start:end], start, end, lemma=lemma)
            for start, end in word_spans(text)
            if (lemma := normalise(text[start:end]))
        ]
        if not tokens:
            # Emoji, punctuation or nothing at all: the classifiers still need one token
            # to build a (zero) feature vector from; InputGuard then answers such messages.
            stripped = text.strip()
            tokens = [Token(stripped, text.index(stripped), lemma=NO_WORDS_LEMMA)]
        return self._apply_token_pattern(tokens)
