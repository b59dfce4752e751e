"""Rasa component that keeps one entity per stretch of text, from the most trusted extractor.

The lexicon gives canonical values from the seed data and the regexes check formats;
where both claim the same words, the lexicon wins, and any further extractor ranks after
them. An out-of-scope message has no entities worth acting on, but for a phone number, a CIN or a reference.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT
from rasa.shared.nlu.training_data.message import Message

from nlu.annotator import MessageAnnotator
from nlu.situation_extractor import TOPIC_CONFIDENCE

# Exact formats, checked by a regex: a number typed alone answers a form's question ("نمرتي 06…") even when the
# classifier finds the message about nothing it knows.
FORMAT_ENTITIES = frozenset({"phone", "cin", "reference"})
# A tax situation in a message the classifier barely calls out of scope ("ba rien, zero impot", "aucune déclaration
# aux impôts…, je peux avoir un prêt ?") is the writer's answer to the tax question or their AMO case: the regime one
# pays the tax office under is never out of scope (shared/DOMAIN.md §2). Kept below the topic confidence only: a
# trade, a city or "douar" is as often the life of someone asking about something else.
KEPT_WHEN_GUESSED = frozenset({"tax_situation"})
TRUST = ("LexiconEntityExtractor", "RegexEntityExtractor", "SituationExtractor", "UnlistedTradeExtractor")


def _rank(entity: dict[str, Any]) -> int:
    extractor = entity.get("extractor")
    return TRUST.index(extractor) if extractor in TRUST else len(TRUST)


def _apart(entity: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two entities can both stand: they claim different words, or one extractor reads two things in the same
    words ("une SARL" is the writer's kind, an enterprise, and their regime, accounts)."""
    disjoint = entity["end"] <= other["start"] or other["end"] <= entity["start"]
    same_words = (entity["start"], entity["end"]) == (other["start"], other["end"])
    both_read = same_words and entity.get("extractor") == other.get("extractor") and entity["entity"] != other["entity"]
    return disjoint or both_read


def merge(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities without overlaps, the most trusted extractor's kept, in text order."""
    kept: list[dict[str, Any]] = []
    for entity in sorted(entities, key=lambda e: (_rank(e), e["start"])):
        if all(_apart(entity, other) for other in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: e["start"])


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class EntityMerger(MessageAnnotator):
    """Resolves overlapping entities; drops them from out-of-scope messages, all but exact formats (and a tax situation
    when out of scope is only a guess)."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Replaces each message's entities with the merged ones."""
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            entities = merge(message.get(ENTITIES) or [])
            if intent == "out_of_scope":
                guessed = float((message.get(INTENT) or {}).get("confidence") or 0.0) < TOPIC_CONFIDENCE
                entities = [
                    e for e in entities if e["entity"] in FORMAT_ENTITIES or guessed and e["entity"] in KEPT_WHEN_GUESSED
                ]
            message.set(ENTITIES, entities, add_to_output=True)
        return messages
