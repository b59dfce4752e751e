"""Years told with the trade right after them: "عندي ربعة وعشرين عام فالحدادة", "3ndi 30 3am f nnjara".

"عندي 40 عام" alone is an age (nlu.situation_years); said with "in the trade" ("فالحرفة") it is years of work. A trade
named right after the unit, in its clause, says the same: the years are spent in it. Only the trade's own span (found
by the trade lexicon) counts, and only right after the unit: "عندي 45 عام، كنخدم فالنجارة" stays an age.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.lexicon import Word
from nlu.situation_clauses import CLAUSE_BREAK, Cue

_UNIT_KINDS = frozenset({"units", "dual_years"})


def trades_after_years(text: str, words: Sequence[Word], cues: list[Cue], trades: Sequence[tuple[int, int]]) -> list[Cue]:
    """``cues`` with a "practice_context" cue on each trade named right after a unit of years."""
    added = []
    prepositions = {c.first for c in cues if c.kind == "since" and c.first == c.last}
    for cue in cues:
        after = cue.last + 1
        # "3am f zlij", "عام في النجارة": the preposition "in" may stand apart.
        if after in prepositions:
            after += 1
        if cue.kind not in _UNIT_KINDS or after >= len(words) or CLAUSE_BREAK.search(text[cue.end : words[after].start]):
            continue
        word = words[after]
        if any(start <= word.start < end for start, end in trades):
            added.append(Cue("practice_context", "", after, after, word.start, word.end))
    return sorted(cues + added, key=lambda c: c.first) if added else cues
