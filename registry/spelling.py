"""Finding known spellings (of trades, of cities) inside a free-text message.

A spelling is stored under its *key*: the text folded by ``hirfa.text.normalise`` and cut
into words, the words joined by single spaces. Hyphens and apostrophes separate words, so
"chauffe-eau" and "chauffe eau" share a key and a message matches whichever it uses.
A message word stands for the spellings ``hirfa.word_forms`` lists: itself, without a glued
prefix, and for single words the loose and one-letter-off spellings of the same owner.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from hirfa.text import normalise
from hirfa.word_forms import Level, WordForms, stems

# The longest spelling we look for, in words; the seed and the importer refuse longer ones
# so that every stored spelling can be found.
MAX_WORDS = 6

_WORD = re.compile(r"[^\W_]+")

# The NLU learns from its training messages which guesses ordinary words would trigger and
# drops them; the registry has no such messages, so its one-letter-off guesses need one
# more letter: six-letter words such as "chkoun" ("who") are one slip from a city.
MIN_FUZZY = 7


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
    level: int = Level.EXACT  # how far the key is from what was typed (``hirfa.word_forms.Level``)


def word_forms(owners: Mapping[str, Owner]) -> WordForms:
    """The index of the single-word spellings among ``owners`` (spelling key → owner)."""
    return WordForms({key: owner for key, owner in owners.items() if " " not in key}, min_fuzzy=MIN_FUZZY)


def candidates(text: str, max_words: int = MAX_WORDS, forms: WordForms | None = None) -> list[Candidate]:
    """Every run of up to ``max_words`` words of ``text``, its first word in each of its forms.

    Runs of several words try the first word with and without a glued prefix; a single word
    also tries the loose and one-letter-off spellings ``forms`` knows, if given.
    """
    found = []
    tokens = words(text)
    for start in range(len(tokens)):
        for end in range(start + 1, min(start + max_words, len(tokens)) + 1):
            rest = tokens[start + 1 : end]
            first = forms.forms(tokens[start]) if forms and end == start + 1 else stems(tokens[start])
            found += [Candidate(" ".join([f.text, *rest]), start, end, f.level) for f in first]
    return found


def best_owners(found: Iterable[Candidate], owners: Mapping[str, Owner]) -> list[Owner]:
    """The owners of the spellings found, best first and without duplicates.

    Longer spellings win and claim their words, so "tailleur de pierre" is stone work and
    not also the "tailleur" of sewing; among equals, a match as typed beats one through a
    stripped prefix, which beats a loose or one-letter-off guess, and the earlier one comes first.
    """
    hits = sorted(
        (c for c in found if c.key in owners),
        key=lambda c: (-(c.end - c.start), c.level, -len(c.key), c.start),
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
