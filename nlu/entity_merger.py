"""Rasa component that keeps one entity per stretch of text, from the most trusted extractor.

The lexicon gives canonical values from the seed data and the regexes check formats;
where both claim the same words, the lexicon wins, and any further extractor ranks after
them. An out-of-scope message has no entities worth acting on.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

TRUST = ("LexiconEntityExtractor", "RegexEntityExtractor")


def _rank(entity: dict[str, Any]) -> int:
    extractor = entity.get("extractor")
    return TRUST.index(extractor) if extractor in TRUST else len(TRUST)


def merge(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities without overlaps, the most trusted extractor's kept, in text order."""
    kept: list[dict[str, Any]] = []
    for entity in sorted(entities, key=lambda e: (_rank(e), e["start"])):
        if all(entity["end"] <= other["start"] or other["end"] <= entity["start"] for other in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: e["start"])


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class EntityMerger(GraphComponent):
    """Resolves overlapping entities; drops them from out-of-scope messages."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> EntityMerger:
        """Creates the component."""
        return cls()

    @staticmethod
    def required_packages() -> list[str]:
        """No package beyond Rasa itself."""
        return []

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data is left alone."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Replaces each message's entities with the merged ones."""
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            entities = [] if intent == "out_of_scope" else merge(message.get(ENTITIES) or [])
            message.set(ENTITIES, entities, add_to_output=True)
        return messages
