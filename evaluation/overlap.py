"""Whether an evaluation message is really unseen: equal or nearly equal to a training message.

A message that differs from a training one only by case, punctuation or spacing measures
memory, not understanding; nor does one with the same words reordered or one word changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hirfa.text import normalise

NEAR_DUPLICATE_JACCARD = 0.8
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """The message with case, accents, punctuation and spacing folded away."""
    return " ".join(_WORD.findall(normalise(text)))


def word_set(text: str) -> frozenset[str]:
    """The distinct folded words of a message."""
    return frozenset(fold(text).split())


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Token-set Jaccard similarity; 1.0 for two empty sets."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class TrainingIndex:
    """The training messages, ready to tell whether another message repeats one of them."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._folded = set()
        self._sets: list[frozenset[str]] = []
        self._by_word: dict[str, list[int]] = {}
        for text in texts:
            self._folded.add(fold(text))
            words = word_set(text)
            self._sets.append(words)
            for word in words:
                self._by_word.setdefault(word, []).append(len(self._sets) - 1)

    def exact(self, text: str) -> bool:
        """The message equals a training message once case, punctuation and spacing are folded."""
        return fold(text) in self._folded

    def nearest(self, text: str) -> float:
        """The highest token-set Jaccard similarity to any training message (0.0 when none shares a word)."""
        words = word_set(text)
        candidates = {i for word in words for i in self._by_word.get(word, ())}
        return max((jaccard(words, self._sets[i]) for i in candidates), default=0.0)

    def repeats(self, text: str) -> bool:
        """Equal, same word set, or token-set Jaccard ≥ 0.8 with a training message."""
        return self.exact(text) or self.nearest(text) >= NEAR_DUPLICATE_JACCARD
