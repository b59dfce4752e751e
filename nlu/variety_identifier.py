"""Rasa component that tags each message with its language variety."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.variety import identify

VARIETY = "variety"
VARIETY_STRENGTH = "variety_strength"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class VarietyIdentifier(GraphComponent):
    """Adds ``variety`` (ar, ary, ary_Latn, fr or None) and its strength to the parse."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> VarietyIdentifier:
        """Creates the component."""
        return cls()

    @staticmethod
    def required_packages() -> list[str]:
        """No package beyond Rasa itself."""
        return []

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Leaves training data alone: the variety is not a training feature."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Tags each message with the variety it is written in."""
        for message in messages:
            guess = identify(message.get(TEXT) or "")
            message.set(VARIETY, guess.variety, add_to_output=True)
            message.set(VARIETY_STRENGTH, guess.strength, add_to_output=True)
        return messages
