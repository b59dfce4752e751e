"""A regime excepted from a "nothing" is the one paid (shared/DOMAIN.md §2: the regime held decides the AMO amount).

"Je ne paie rien à part la CPU", "aucun impôt sauf le forfait", "je ne déclare rien hormis mon chiffre d'AE", "ma
kankhelles walo ghir cpu": the negation is of everything else; the regime after "à part", "sauf", "hormis", "excepté",
"ghir" is held, as after "ne… que", "لا… إلا" (nlu/situation.py _only). Read only where the regime is negated: "tout le
monde sauf les AE" says nothing of the writer.
"""

from __future__ import annotations

import re

from hirfa.text import normalise
from nlu.situation_clauses import Cue, words_before_in_clause

_WORD = re.compile(r"\w+")
# The exception words, as word sequences: "à part", "mis à part", "sauf", "si ce n'est", Darija "ghir" (only).
_EXCEPTING = tuple(
    tuple(_WORD.findall(normalise(w)))
    for w in (
        "à part", "sauf", "excepté", "exceptée", "hormis", "si ce n'est", "si ce n est", "à l'exception de",
        "à l'exception du", "ghir", "ghi", "gher", "غير", "باستثناء", "ما عدا", "عدا",
    )
)
# Between the exception and the regime: an article or a possessive ("sauf le forfait", "à part ma contribution", "ghir
# f cpu", "غير فالسي بي يو" is one word).
_BETWEEN = frozenset(
    normalise(w) for w in ("la", "le", "l", "les", "ma", "mon", "mes", "du", "de", "d", "f", "fl", "celui", "celle", "ف")
)
EXCEPT_REACH = 2


def excepted(text: str, target: Cue) -> bool:
    """Whether an exception word stands right before the regime ``target`` in its clause, past an article or a
    possessive at most."""
    before = words_before_in_clause(text, target.start)
    skipped = 0
    while before and before[-1] in _BETWEEN and skipped < EXCEPT_REACH:
        before, skipped = before[:-1], skipped + 1
    return any(tuple(before[-len(words) :]) == words for words in _EXCEPTING if len(before) >= len(words))
