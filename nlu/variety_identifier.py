"""Rasa component that tags each message with its language variety."""

from __future__ import annotations

from typing import Any

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.variety import identify
from nlu.variety_model import VarietyModel

VARIETY = "variety"
VARIETY_STRENGTH = "variety_strength"
_FILE = "variety_model.joblib"


def training_variety(message: Message) -> str | None:
    """The variety a training example is labelled with (its file's, see data/nlu/<topic>/<variety>.yml)."""
    return ((message.get("metadata") or {}).get("intent") or {}).get("variety")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class VarietyIdentifier(GraphComponent):
    """Adds ``variety`` (ar, ary, ary_Latn, fr or None) and its strength to the parse."""

    def __init__(
        self, model_storage: ModelStorage, resource: Resource, model: VarietyModel | None = None
    ) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> VarietyIdentifier:
        """Creates an untrained identifier (marker words only)."""
        return cls(model_storage, resource)

    @staticmethod
    def required_packages() -> list[str]:
        """scikit-learn comes with Rasa."""
        return ["sklearn"]

    def train(self, training_data: TrainingData) -> Resource:
        """Learns the varieties of the training messages and persists the model."""
        examples = [(m.get(TEXT), training_variety(m)) for m in training_data.intent_examples]
        examples = [(text, variety) for text, variety in examples if text and variety]
        self._model = VarietyModel().fit([t for t, _ in examples], [v for _, v in examples])
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(self._model, directory / _FILE)
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> VarietyIdentifier:
        """Loads the model persisted at training time."""
        with model_storage.read_from(resource) as directory:
            model = joblib.load(directory / _FILE)
        return cls(model_storage, resource, model)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data is left as it is."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Tags each message with the variety it is written in."""
        for message in messages:
            guess = identify(message.get(TEXT) or "", self._model)
            message.set(VARIETY, guess.variety, add_to_output=True)
            message.set(VARIETY_STRENGTH, guess.strength, add_to_output=True)
        return messages
