"""Rasa component extracting entities from lexicons built out of the training data's lookups.

A lookup table named after an entity lists the ways people write its values; the
training data's synonyms give each one its canonical value (a trade code, a city name,
a language code). Matching on normalised words finds them in any script or spelling.
"""

from __future__ import annotations

import json
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.lexicon import Lexicon, Word, phrase_key

_FILE = "lexicon.json"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class LexiconEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Finds lookup-table phrases in the normalised tokens and gives their canonical value."""

    def __init__(
        self,
        model_storage: ModelStorage,
        resource: Resource,
        lexicon: Lexicon | None = None,
    ) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self._lexicon = lexicon or Lexicon([])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LexiconEntityExtractor:
        """Creates an untrained component."""
        return cls(model_storage, resource)

    @staticmethod
    def required_packages() -> list[str]:
        """No package beyond Rasa itself."""
        return []

    def train(self, training_data: TrainingData) -> Resource:
        """Builds the lexicon from lookup tables named after entities, and persists it."""
        entities = set(training_data.entities)
        synonyms = {phrase_key(k): v for k, v in training_data.entity_synonyms.items()}
        entries = [
            (table["name"], str(element), synonyms.get(phrase_key(str(element)), str(element)))
            for table in training_data.lookup_tables
            if table["name"] in entities
            for element in table["elements"]
        ]
        self._lexicon = Lexicon(entries)
        with self._model_storage.write_to(self._resource) as directory:
            (directory / _FILE).write_text(
                json.dumps(self._lexicon.entries(), ensure_ascii=False), encoding="utf-8"
            )
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LexiconEntityExtractor:
        """Loads the lexicon persisted at training time."""
        with model_storage.read_from(resource) as directory:
            entries = json.loads((directory / _FILE).read_text(encoding="utf-8"))
        return cls(model_storage, resource, Lexicon(tuple(e) for e in entries))

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the lexicon's matches to each message's entities."""
        for message in messages:
            words = [Word(t.lemma, t.start, t.end) for t in message.get(TOKENS_NAMES[TEXT], [])]
            text = message.get(TEXT) or ""
            found = [
                {
                    "entity": m.entity,
                    "value": m.value,
                    "start": m.start,
                    "end": m.end,
                    "confidence_entity": 1.0,
                    "text": text[m.start : m.end],
                }
                for m in self._lexicon.find(words)
            ]
            message.set(
                ENTITIES,
                message.get(ENTITIES, []) + self.add_extractor_name(found),
                add_to_output=True,
            )
        return messages
