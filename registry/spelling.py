"""Finding known spellings (of trades, of cities) inside a free-text message.

A spelling is stored under its *key*: the text folded by ``hirfa.text.normalise`` and cut
into words, the words joined by single spaces. Hyphens and apostrophes separate words, so
"chauffe-eau" and "chauffe eau" share a key and a message matches whichever it uses.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from hirfa.text import arabic_stems, normalise

# The longest spelling we look for, in words; the seed and the importer refuse longer ones
# so that every stored spelling can be found.
MAX_WORDS = 6

_WORD = re.compile(r"[^\W_]+")


Owner = TypeVar("Owner", bound=Hashable)


def words(text: str) -> list[str]:
    """The words of ``text`` after folding, in order."""
    return _WORD.findall(normalise(text))


def spelling_key(text: str) -> str:
    """The key a spelling is stored and looked up under."""
    return " ".join(words(text))


@dataclass(frozen=True)
class Candidate:
    """A run of words in the message that might be a spelling."""

    key: str
    start: int  # first word's index
    end: int  # one past the last word's index
    glued: bool  # the first word had a prefix stripped


def candidates(text: str, max_words: int = MAX_WORDS) -> list[Candidate]:
    """Every run of up to ``max_words`` words of ``text``, with and without a glued prefix."""
    found = []
    tokens = words(text)
    for start in range(len(tokens)):
        for end in range(start + 1, min(start + max_words, len(tokens)) + 1):
            rest = tokens[start + 1 : end]
            for index, stem in enumerate(arabic_stems(tokens[start])):
                found.append(Candidate(" ".join([stem, *rest]), start, end, glued=index > 0))
    return found


def best_owners(found: Iterable[Candidate], owners: Mapping[str, Owner]) -> list[Owner]:
    """The owners of the spellings found, best first and without duplicates.

    Longer spellings win and claim their words, so "tailleur de pierre" is stone work and
    not also the "tailleur" of sewing; among equals, an unglued match beats a glued one and
    the earlier one comes first.
    """
    hits = sorted(
        (c for c in found if c.key in owners),
        key=lambda c: (-(c.end - c.start), -len(c.key), c.glued, c.start),
    )
    taken: set[int] = set()
    result: list[Owner] = []
    for hit in hits:
        span = set(range(hit.start, hit.end))
        if span & taken:
            continue
        taken |= span
        owner = owners[hit.key]
        if owner not in result:
            result.append(owner)
    return result
