"""Rasa component that tags each message with its language variety."""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.fitted import FittedComponent
from nlu.variety import identify
from nlu.variety_model import VarietyModel

VARIETY = "variety"
VARIETY_STRENGTH = "variety_strength"


def training_variety(message: Message) -> str | None:
    """The variety a training example is labelled with (its file's, see data/nlu/<topic>/<variety>.yml)."""
    return ((message.get("metadata") or {}).get("intent") or {}).get("variety")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class VarietyIdentifier(FittedComponent):
    """Adds ``variety`` (ar, ary, ary_Latn, fr or None) and its strength to the parse."""

    FILE = "variety_model.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Nothing to configure."""
        return {}

    def train(self, training_data: TrainingData) -> Resource:
        """Learns the varieties of the training messages and keeps the model."""
        examples = [(m.get(TEXT), training_variety(m)) for m in training_data.intent_examples]
        examples = [(text, variety) for text, variety in examples if text and variety]
        return self.keep(VarietyModel().fit([t for t, _ in examples], [v for _, v in examples]))

    def process(self, messages: list[Message]) -> list[Message]:
        """Tags each message with the variety it is written in."""
        for message in messages:
            guess = identify(message.get(TEXT) or "", self._model)
            message.set(VARIETY, guess.variety, add_to_output=True)
            message.set(VARIETY_STRENGTH, guess.strength, add_to_output=True)
        return messages
