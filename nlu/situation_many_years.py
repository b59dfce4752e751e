"""Many years said without a number: "بزاف ديال السنين", "snin bzaf", "سنوات كثيرة", "beaucoup d'années".

Like "سنوات طويلة" (nlu/situation_cues.yml, spans_of_time), they say more than the three years of shared/DOMAIN.md §1
without a count, so they are a floor (vague), not a number a maâlem's ten could be checked against.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.lexicon import Word
from nlu.situation_clauses import Cue

# As "سنوات طويلة" counts in the cue list: more than three years, said without a number.
MANY_YEARS = 5.0
_ARTICLE = "ال"


def _plural_years(unit: Cue, words: Sequence[Word], plural_units: frozenset[str]) -> bool:
    """Whether the unit is years (not months) in the plural: "many" of one year is no long time."""
    form = words[unit.first].form
    bare = form[len(_ARTICLE) :] if form.startswith(_ARTICLE) else form
    return float(unit.value) >= 1 and (form in plural_units or bare in plural_units)


def many_years_at(cues: list[Cue], at: int, words: Sequence[Word], plural_units: frozenset[str]) -> tuple[int, int] | None:
    """The cue indexes (first, last) of "many" and the unit of years ``cues[at]`` it quantifies, right before it (a
    "of" between: "بزاف ديال السنين", "bzaf d snin") or right after it ("snin bzaf", "سنوات كثيرة"); None otherwise."""
    unit = cues[at]
    if not _plural_years(unit, words, plural_units):
        return None
    before = at - 1
    if before >= 0 and cues[before].kind == "unit_filler" and cues[before].last == unit.first - 1:
        before -= 1
    if before >= 0 and cues[before].kind == "many" and cues[before].last == cues[before + 1].first - 1:
        return before, at
    after = at + 1
    if after < len(cues) and cues[after].kind == "many" and cues[after].first == unit.last + 1:
        return at, after
    return None
