"""The shape shared by components that only annotate messages: nothing to train, no extra package."""

from __future__ import annotations

import abc
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


class MessageAnnotator(GraphComponent, abc.ABC):
    """Base of the untrained components; subclasses implement ``process``."""

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        self._config = config or {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MessageAnnotator:
        """Creates the component from its configuration."""
        return cls(config)

    @staticmethod
    def required_packages() -> list[str]:
        """No package beyond Rasa itself."""
        return []

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data is left as it is."""
        return training_data

    @abc.abstractmethod
    def process(self, messages: list[Message]) -> list[Message]:
        """Annotates each message."""
