"""Figures per language variety: intent accuracy and macro-F1, rejection, entity F1, confusions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sklearn.metrics import f1_score

OUT_OF_SCOPE = "out_of_scope"
# The entities of the contract (shared/INTENTS.md) that the held-out set annotates.
SCORED_ENTITIES = frozenset({"craft", "city", "cin", "phone", "reference", "language"})
REJECTED = {OUT_OF_SCOPE, "nlu_fallback"}


@dataclass(frozen=True)
class Example:
    """A held-out message with its gold intent and entities, and what a model predicted."""

    text: str
    variety: str
    intent: str
    entities: list[dict[str, Any]]
    predicted_intent: str
    predicted_entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Figures:
    """The figures for one variety."""

    count: int
    accuracy: float
    macro_f1: float
    oos_recall: float | None
    false_rejection: float | None
    entity_f1: float | None


def _as_decided(intent: str) -> str:
    # The fallback and out_of_scope both end in "I cannot help with that": one decision.
    return OUT_OF_SCOPE if intent in REJECTED else intent


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["entity"] == b["entity"] and a["start"] < b["end"] and b["start"] < a["end"]


def entity_counts(examples: list[Example]) -> tuple[int, int, int]:
    """(true positives, predicted, gold): a prediction counts once for one overlapping gold span of its type."""
    true_positives = predicted = gold = 0
    for example in examples:
        remaining = [e for e in example.entities if e["entity"] in SCORED_ENTITIES]
        guesses = [e for e in example.predicted_entities if e["entity"] in SCORED_ENTITIES]
        gold += len(remaining)
        predicted += len(guesses)
        for guess in guesses:
            match = next((g for g in remaining if _overlaps(guess, g)), None)
            if match is not None:
                remaining.remove(match)
                true_positives += 1
    return true_positives, predicted, gold


def figures(examples: list[Example]) -> Figures:
    """Accuracy, macro-F1 over the gold intents, out-of-scope recall, in-scope false rejection, entity F1."""
    gold = [_as_decided(e.intent) for e in examples]
    predicted = [_as_decided(e.predicted_intent) for e in examples]
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(examples)
    macro_f1 = f1_score(gold, predicted, labels=sorted(set(gold)), average="macro", zero_division=0)
    oos = [p for g, p in zip(gold, predicted, strict=True) if g == OUT_OF_SCOPE]
    in_scope = [p for g, p in zip(gold, predicted, strict=True) if g != OUT_OF_SCOPE]
    tp, n_predicted, n_gold = entity_counts(examples)
    entity_f1 = 2 * tp / (n_predicted + n_gold) if n_predicted + n_gold else None
    return Figures(
        count=len(examples),
        accuracy=accuracy,
        macro_f1=float(macro_f1),
        oos_recall=sum(p == OUT_OF_SCOPE for p in oos) / len(oos) if oos else None,
        false_rejection=sum(p == OUT_OF_SCOPE for p in in_scope) / len(in_scope) if in_scope else None,
        entity_f1=entity_f1,
    )


def confusions(examples: list[Example], top: int = 15) -> list[tuple[str, str, int]]:
    """The most frequent (gold, predicted) mistakes."""
    counts = Counter(
        (e.intent, e.predicted_intent)
        for e in examples
        if _as_decided(e.intent) != _as_decided(e.predicted_intent)
    )
    return [(g, p, n) for (g, p), n in counts.most_common(top)]
