"""Rasa component that keeps a trade the lexicon does not know, as it was written.

"wach lkhrrata dakhla f l7iraf?" asks about a trade missing from the list (which is not the
official nomenclature): the answer must name it and send the person to the chamber, not ask
"which trade?" again. In a question about trades, the words the training messages never use
are the trade's name; the longest run of them becomes a ``craft`` entity valued as written.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from hirfa.text import arabic_stems, normalise
from nlu.fitted import FittedComponent
from nlu.lexicon import as_entity

CRAFT = "craft"
# "bghit nchouf ga3 sna3at", "toutes les activités", "اللائحة ديال الحرف": the whole list is asked, not one trade.
WHOLE_LIST = (
    "ga3", "gaa3", "kaml", "kamla", "kolchi", "lista", "llista", "liste", "tous", "toutes",
    "كاع", "جميع", "كامل", "كاملة", "كاملين", "كلشي", "لائحة", "اللائحة", "للائحة", "قائمة", "القائمة", "لاليست", "ليستة",
)
# Shorter words are too often typos of ordinary ones ("f", "dl", "ou").
MIN_LETTERS = 3


def spellings(lemma: str) -> set[str]:
    """The lemma, and the lemma without a glued Arabic prefix: "وشنو" is "شنو", an ordinary word, no trade.

    Cross-script keys (hirfa.text) were tried too: they fold trades onto ordinary words ("velos" onto "flous",
    "sllat", "الصباغة"), and a trade dropped is worse than a word kept as a trade.
    """
    return set(arabic_stems(lemma, min_stem=MIN_LETTERS))


def unseen_run(
    lemmas: list[str], ordinary: set[str], max_words: int, named: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """(first, last) indexes of the longest run of words never seen in training, the earliest if tied.

    ``ordinary`` holds the spellings (see ``spellings``) of the words seen in training outside trade names;
    a word in ``named`` was seen as a trade's name, and its own spelling alone decides.
    """
    best: tuple[int, int] | None = None
    start = None
    for i, lemma in enumerate([*lemmas, ""]):
        known = {lemma} if lemma in named else spellings(lemma)
        unseen = len(lemma) >= MIN_LETTERS and not lemma.isdigit() and not known & ordinary
        if unseen and start is None:
            start = i
        if not unseen and start is not None:
            last = min(i - 1, start + max_words - 1)
            if best is None or last - start > best[1] - best[0]:
                best = (start, last)
            start = None
    return best


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class UnlistedTradeExtractor(FittedComponent, EntityExtractorMixin):
    """In a question about trades where no known trade was found, the unknown words as the trade."""

    FILE = "ordinary_words.joblib"
    # Folded on first use (nothing happens at import time).
    _whole_list: frozenset[str] | None = None

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The intents that ask about a trade, and the longest trade name kept."""
        return {"intents": ["craft_lookup"], "max_words": 4, "whole_list": list(WHOLE_LIST)}

    def train(self, training_data: TrainingData) -> Resource:
        """Keeps the words the training messages use outside the trades they name, more often than inside."""
        outside: Counter[str] = Counter()
        inside: Counter[str] = Counter()
        for example in training_data.nlu_examples:
            crafts = [(e["start"], e["end"]) for e in example.get(ENTITIES) or [] if e.get("entity") == CRAFT]
            for token in example.get(TOKENS_NAMES[TEXT]) or []:
                in_craft = any(s < token.end and token.start < e for s, e in crafts)
                (inside if in_craft else outside).update(spellings(token.lemma))
        # "الصباغة" is a room's paint in one message and the painter's trade in two: a trade. "de" and "dyal" stand
        # in trade names too ("tapis de laine"), but far more often elsewhere.
        ordinary = {word for word, count in outside.items() if count > inside[word]}
        return self.keep((ordinary, frozenset(inside) - ordinary))

    def _asks_whole_list(self, tokens: list) -> bool:
        if self._whole_list is None:
            self._whole_list = frozenset(normalise(w) for w in self._config.get("whole_list", ()))
        # The list word may carry a glued preposition ("بقائمة", "فاللائحة", "باللائحة").
        return any(
            not self._whole_list.isdisjoint(arabic_stems(t.lemma)) or normalise(t.text) in self._whole_list
            for t in tokens
        )

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the unknown trade, as written, to trade questions that have none."""
        for message in messages:
            entities = message.get(ENTITIES) or []
            intent = (message.get(INTENT) or {}).get("name")
            if intent not in self._config["intents"] or any(e["entity"] == CRAFT for e in entities):
                continue
            tokens = message.get(TOKENS_NAMES[TEXT]) or []
            if self._asks_whole_list(tokens):
                continue
            ordinary, named = self._model or (set(), frozenset())
            run = unseen_run([t.lemma for t in tokens], ordinary, self._config["max_words"], named)
            if run is None:
                continue
            start, end = tokens[run[0]].start, tokens[run[1]].end
            text = message.get(TEXT) or ""
            found = as_entity(CRAFT, text[start:end], start, end, text)
            message.set(ENTITIES, entities + self.add_extractor_name([found]), add_to_output=True)
        return messages
