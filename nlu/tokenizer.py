"""A tokenizer for Arabic, Darija and French that keeps what was typed and what it means.

Each token keeps its original text and offsets (so entities point into the user's own
message) and carries its normalised spelling as the lemma, which the featurizers use.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.training_data.message import Message

from hirfa.text import normalise
from hirfa.words import word_spans

NO_WORDS_LEMMA = "__no_words__"


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
