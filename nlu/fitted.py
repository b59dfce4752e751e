"""The shape shared by components that fit one scikit-learn model and keep it in the Rasa model archive."""

from __future__ import annotations

import abc
from typing import Any, ClassVar, TypeVar

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.training_data import TrainingData

Fitted = TypeVar("Fitted", bound="FittedComponent")


class FittedComponent(GraphComponent, abc.ABC):
    """Base of the trained components; subclasses name their file, fit in ``train`` and call ``keep``."""

    FILE: ClassVar[str]

    def __init__(
        self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, model: Any = None
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls: type[Fitted],
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> Fitted:
        """Creates an untrained component."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls: type[Fitted],
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> Fitted:
        """Loads the model kept at training time."""
        with model_storage.read_from(resource) as directory:
            model = joblib.load(directory / cls.FILE)
        return cls(config, model_storage, resource, model)

    @staticmethod
    def required_packages() -> list[str]:
        """scikit-learn comes with Rasa."""
        return ["sklearn"]

    def keep(self, model: Any) -> Resource:
        """Uses ``model`` from now on and writes it into the model archive."""
        self._model = model
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(model, directory / self.FILE)
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data is left as it is."""
        return training_data

    @abc.abstractmethod
    def train(self, training_data: TrainingData) -> Resource:
        """Fits the model and keeps it."""
