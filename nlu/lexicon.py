"""Finding known phrases (trades, cities, language names) in a message, whatever the spelling.

Phrases and message words are compared in their normalised form; Arabic words may carry
a glued preposition or article (بالدارجة, فالدار البيضاء), which is tried both ways.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hirfa.text import arabic_stems, normalise


@dataclass(frozen=True)
class Word:
    """A word of the message: its normalised form and where it stands in the original text."""

    form: str
    start: int
    end: int


@dataclass(frozen=True)
class Match:
    """A phrase found in the message, with the canonical value it stands for."""

    entity: str
    value: str
    start: int
    end: int


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The normalised words of a phrase, as the lexicon stores it."""
    return tuple(normalise(phrase).replace("'", " ").replace("-", " ").split())


class Lexicon:
    """Phrases of several entities, each mapped to its canonical value."""

    def __init__(self, entries: Iterable[tuple[str, str, str]]) -> None:
        """``entries`` are (entity, phrase, canonical value) triples."""
        self._index: dict[tuple[str, ...], tuple[str, str]] = {}
        for entity, phrase, value in entries:
            key = phrase_key(phrase)
            if key:
                self._index[key] = (entity, value)
        self._longest = max((len(k) for k in self._index), default=0)

    def __len__(self) -> int:
        return len(self._index)

    def entries(self) -> list[tuple[str, str, str]]:
        """(entity, phrase, value) triples, phrases in their normalised form."""
        return [(e, " ".join(k), v) for k, (e, v) in self._index.items()]

    def _lookup(self, forms: Sequence[str]) -> tuple[str, str] | None:
        first, rest = forms[0], tuple(forms[1:])
        for variant in sorted(arabic_stems(first, min_stem=3), key=len, reverse=True):
            found = self._index.get((variant, *rest))
            if found:
                return found
        return None

    def find(self, words: Sequence[Word]) -> list[Match]:
        """Longest non-overlapping phrases, left to right."""
        matches: list[Match] = []
        i = 0
        while i < len(words):
            for size in range(min(self._longest, len(words) - i), 0, -1):
                found = self._lookup([w.form for w in words[i : i + size]])
                if found:
                    entity, value = found
                    matches.append(Match(entity, value, words[i].start, words[i + size - 1].end))
                    i += size
                    break
            else:
                i += 1
        return matches
