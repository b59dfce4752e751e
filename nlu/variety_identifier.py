"""Rasa component that tags each message with its language variety."""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.annotator import MessageAnnotator
from nlu.variety import identify

VARIETY = "variety"
VARIETY_STRENGTH = "variety_strength"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class VarietyIdentifier(MessageAnnotator):
    """Adds ``variety`` (ar, ary, ary_Latn, fr or None) and its strength to the parse."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Tags each message with the variety it is written in."""
        for message in messages:
            guess = identify(message.get(TEXT) or "")
            message.set(VARIETY, guess.variety, add_to_output=True)
            message.set(VARIETY_STRENGTH, guess.strength, add_to_output=True)
        return messages
