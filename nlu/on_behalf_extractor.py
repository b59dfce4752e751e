"""Rasa component that marks a message about registering someone else: the ``on_behalf_of`` entity."""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.annotator import MessageAnnotator
from nlu.lexicon import as_entity, token_words
from nlu.on_behalf import ENTITY, OnBehalfReader, load_cues

CRAFT = "craft"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class OnBehalfExtractor(MessageAnnotator, EntityExtractorMixin):
    """Adds ``on_behalf_of`` (parent, sibling, adviser, someone…) when the writer registers another person."""

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        super().__init__(config)
        self._reader = OnBehalfReader(load_cues())

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds at most one ``on_behalf_of`` entity to each message, outside the spans already claimed."""
        for message in messages:
            text = message.get(TEXT) or ""
            entities = message.get(ENTITIES) or []
            words = token_words(message.get(TOKENS_NAMES[TEXT], []))
            found = self._reader.read(words, [(e["start"], e["end"]) for e in entities], text)
            if found is None:
                entities = self._writer_trades(words, entities)
                message.set(ENTITIES, entities, add_to_output=True)
                continue
            entity = as_entity(ENTITY, found.value, found.start, found.end, text)
            message.set(ENTITIES, entities + self.add_extractor_name([entity]), add_to_output=True)
        return messages

    def _writer_trades(self, words: list, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A writer asking about themself keeps their own trade, not a relative's said beside it."""
        trades = [e for e in entities if e["entity"] == CRAFT]
        if len({str(e["value"]) for e in trades}) < 2:
            return entities
        others = self._reader.others_trades(words, [(e["start"], e["end"]) for e in trades])
        dropped = {id(trades[i]) for i in others}
        return [e for e in entities if id(e) not in dropped]
