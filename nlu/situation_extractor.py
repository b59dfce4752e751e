"""Rasa component that reads the speaker's situation: category, tax_situation and business_stage.

The rules live in nlu.situation; this component gives them the message's normalised words,
keeps them off words another extractor already claimed (a trade, a city, a CIN), dates
start years by today's date, drops a trade or a city said of a relative when it gives way to the writer's
(nlu.situation_relatives) or one the writer corrects, and a language the writer says they cannot read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.annotator import MessageAnnotator
from nlu.lexicon import Word, as_entity, token_words
from nlu.situation import SituationReader, load_cues
from nlu.situation_relatives import Relatives
from nlu.variety_identifier import VARIETY

CRAFT, CITY, LANGUAGE = "craft", "city", "language"
# The entities of the writer's own that a relative's may be mistaken for (nlu.situation_relatives decides).
WRITERS_OWN = (CRAFT, CITY)
# Each situation is read where its question is asked: "projet" or "machines" say where a business stands
# only when financing is the question, "5 ans" are years of practice only when registering is. The others are read in
# every intent. A tax regime among them: it is named in words that mean nothing else, so the writer's own is read
# whatever they ask ("je suis auto-entrepreneur, quels papiers pour le RNA ?", "je paie la CPU, où est la chambre de
# Kénitra ?"), and fills the slot for the AMO question that often follows (registering opens AMO, shared/DOMAIN.md §1).
# Read only with the AMO, pension, loan and eligibility questions, 27 dev pairs lost the regime their writer stated;
# nlu.entity_merger still drops it from a message confidently out of scope.
ENTITY_INTENTS = {
    "business_stage": frozenset({"financing"}),
    "category": frozenset(
        {"rna_eligibility", "rna_documents", "rna_apply", "rna_register_how", "craft_lookup", "training", "artisan_card"}
    ),
}
# A message that asks nothing else states its situation for the question the assistant asked before it
# ("bonjour, moi je suis à la CPU", "ba9i ma 7llit walo"): a greeting, a yes or no, or an intent the
# classifier barely prefers is no other topic that the situation could be mistaken in.
NO_TOPIC_INTENTS = frozenset({"greet", "goodbye", "thank", "affirm", "deny"})
# Below this confidence the classifier's intent is a guess, not a topic the message is about (dev set).
TOPIC_CONFIDENCE = 0.5


def reads_entity(entity: str, intent: dict[str, Any]) -> bool:
    """Whether a situation entity is read in a message of this intent (name and confidence)."""
    name = intent.get("name")
    if name in ENTITY_INTENTS.get(entity, (name,)) or name in NO_TOPIC_INTENTS:
        return True
    return float(intent.get("confidence") or 0.0) < TOPIC_CONFIDENCE


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class SituationExtractor(MessageAnnotator, EntityExtractorMixin):
    """Adds the situation entities that the message states about its writer."""

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        super().__init__(config)
        self._reader = SituationReader(load_cues())

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds category, tax_situation and business_stage entities to each message."""
        today = dt.date.today()
        for message in messages:
            text = message.get(TEXT) or ""
            words = token_words(message.get(TOKENS_NAMES[TEXT], []))
            entities = message.get(ENTITIES) or []
            intent = message.get(INTENT) or {}
            taken = [(e["start"], e["end"]) for e in entities]
            trades = [(e["start"], e["end"]) for e in entities if e["entity"] == "craft"]
            read = self._reader.read(text, words, today, taken, message.get(VARIETY), trades)
            # Only with a second trade or city: a relative's only trade or city is often the writer's too ("mon père
            # était maalem en sellerie, moi je m'y suis mis"), or the one the message is written for, and no search for
            # relatives is made otherwise.
            shared = [e for e in WRITERS_OWN if sum(f["entity"] == e for f in entities) > 1]
            if shared:
                relatives = self._reader.relatives_said(text, words, taken)
                corrections, past = self._reader.changes_of_mind(words, taken)
                for entity in shared:
                    entities = writers_own(entities, relatives, words, entity)
                    entities = corrected(entities, corrections, entity)
                    entities = left_behind(entities, past, entity)
            entities = self._known_languages(text, words, entities, taken)
            found = [as_entity(f.entity, f.value, f.start, f.end, text) for f in read if reads_entity(f.entity, intent)]
            message.set(ENTITIES, entities + self.add_extractor_name(found), add_to_output=True)
        return messages

    def _known_languages(
        self, text: str, words: Sequence[Word], entities: list[dict[str, Any]], taken: list[tuple[int, int]]
    ) -> list[dict[str, Any]]:
        """Without the languages the writer says they cannot read ("ma kan9rach lfrancais"): no reply language."""
        starts = [e["start"] for e in entities if e["entity"] == LANGUAGE]
        unread = set(self._reader.unread_languages(text, words, starts, taken))
        return [e for e in entities if not (e["entity"] == LANGUAGE and e["start"] in unread)]


def corrected(entities: list[dict[str, Any]], corrections: Sequence[tuple[int, int]], entity: str) -> list[dict[str, Any]]:
    """"ساكن فمكناس، لا سمح ليا، فالحاجب", "à Tiznit… non, à Tafraout": a trade or a city followed by a self-correction
    and then another of its kind gives way to the one the writer corrected it to."""
    said = [e for e in entities if e["entity"] == entity]
    dropped = [
        e
        for e in said
        if any(e["end"] <= start and any(start < o["start"] for o in said) for start, _ in corrections)
    ]
    return [e for e in entities if e not in dropped]


def left_behind(entities: list[dict[str, Any]], past: Sequence[tuple[int, int]], entity: str) -> list[dict[str, Any]]:
    """"كنت ساكن فأكادير ودابا رجعت لتيزنيت", "kont njjar w daba khiyat": a trade or a city said of the past gives way
    to one of its kind said after it."""
    said = [e for e in entities if e["entity"] == entity]
    dropped = [
        e
        for e in said
        if any(start <= e["start"] and e["end"] <= end and any(o["start"] >= end for o in said) for start, end in past)
    ]
    return [e for e in entities if e not in dropped]


def writers_own(
    entities: list[dict[str, Any]], relatives: Relatives, words: Sequence[Word], entity: str = CRAFT
) -> list[dict[str, Any]]:
    """"زوجي نجار وأنا خياطة", "khouya 3ndo diplome f nnjara, ana kankhdem f zlij", "ma soeur vit à Agadir mais moi je
    suis à Fès": a trade or a city said of a relative is theirs, and gives way to the writer's by the rule of
    nlu.situation_relatives. Written for the relative, without one of the writer's, the relative's stays ("mon père est
    bijoutier depuis 30 ans, c'est moi qui écris pour lui")."""
    spans = relatives.spans(words)

    def theirs(found: dict[str, Any]) -> bool:
        return any(s <= found["start"] and found["end"] <= e for s, e in spans)

    said = [e for e in entities if e["entity"] == entity]
    if not any(theirs(e) for e in said) or not relatives.give_way(own=not all(theirs(e) for e in said)):
        return entities
    return [e for e in entities if not (e["entity"] == entity and theirs(e))]
