"""The situation set: messages where artisans say something about themselves, each paired with the
button payload that states the same situation (tests/nlu/situations/<set>/<variety>.yml).

A message is answered like its button when the parse gives the button's intent and, for every
entity the button sets, the same value first: the rules and actions then take the same path
(the registry and content answers depend on nothing else).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hirfa.yaml_files import read_yaml

# The entities a situation can state, scored on their canonical values.
SITUATION_ENTITIES = ("category", "tax_situation", "business_stage", "craft", "city")


@dataclass(frozen=True)
class Pair:
    """A message, the button payload that says the same, and every situation value the message states."""

    text: str
    variety: str
    payload: str
    entities: dict[str, str] = field(default_factory=dict)

    @property
    def intent(self) -> str:
        """The intent the button sends."""
        return self.payload.lstrip("/").split("{", 1)[0]

    @property
    def payload_entities(self) -> dict[str, str]:
        """The entity values the button sends."""
        _, _, rest = self.payload.partition("{")
        return {k: str(v) for k, v in json.loads("{" + rest).items()} if rest else {}


def load_pairs(directory: Path) -> list[Pair]:
    """Every pair of one set (dev or test), across its variety files."""
    pairs = []
    for path in sorted(directory.glob("*.yml")):
        document = read_yaml(path)
        for item in document["pairs"]:
            entities = {k: str(v) for k, v in (item.get("entities") or {}).items()}
            pairs.append(Pair(str(item["text"]), document["variety"], item["payload"], entities))
    return pairs


def first_values(entities: list[dict[str, Any]]) -> dict[str, str]:
    """The first value the parse gives each entity (what actions and slots take)."""
    values: dict[str, str] = {}
    for entity in entities:
        values.setdefault(entity["entity"], str(entity["value"]))
    return values


def answered_alike(pair: Pair, intent: str, entities: list[dict[str, Any]]) -> bool:
    """Whether the parse of the message leads where the button does."""
    values = first_values(entities)
    return intent == pair.intent and all(values.get(k) == v for k, v in pair.payload_entities.items())


def value_counts(
    gold: dict[str, str], predicted: list[dict[str, Any]], entity: str
) -> tuple[int, int, int]:
    """(true positives, predicted, gold) for one entity type, on canonical values, not spans."""
    wanted = {gold[entity]} if entity in gold else set()
    found = {str(e["value"]) for e in predicted if e["entity"] == entity}
    return len(wanted & found), len(found), len(wanted)


def f1(counts: list[tuple[int, int, int]]) -> float | None:
    """F1 from summed (true positives, predicted, gold); None when there is nothing to score."""
    tp, predicted, gold = (sum(c[i] for c in counts) for i in range(3))
    return 2 * tp / (predicted + gold) if predicted + gold else None
