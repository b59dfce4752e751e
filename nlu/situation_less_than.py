""""أقل من" (less than) compares ("المقاول الذاتي يدفع أقل من صاحب المساهمة…": the compare cues); before a count of
time it is just under it ("أقل من ثلاث سنوات" is not three years), as the almost cues "moins de", "لم أكمل" are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from hirfa.text import normalise
from nlu.lexicon import Word
from nlu.situation_clauses import Cue

# The first word of the compare cues that say "less" (nlu/situation_cues.yml: compare).
_LESS = frozenset(normalise(w) for w in ("أقل", "اقل", "قل"))
# What a count of time starts with (nlu/situation_cues.yml: numbers, dual_years, units; digits found by rule).
_COUNTS = frozenset({"numbers", "digits", "glued_duration", "dual_years", "units", "decades"})


def less_than(words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
    """The compare cues of "less than" that a count follows right after, made almost cues."""
    out = []
    for i, cue in enumerate(cues):
        nxt = cues[i + 1] if i + 1 < len(cues) else None
        counted = nxt is not None and nxt.first == cue.last + 1 and nxt.kind in _COUNTS
        if cue.kind == "compare" and counted and words[cue.first].form in _LESS:
            cue = replace(cue, kind="almost")
        out.append(cue)
    return out
