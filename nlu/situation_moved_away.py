"""Whether a rural place a message names is one the writer has left: "هبطت من الدوار للرشيدية", "جيت من العروبية
لكازا", "kont sakna f douar w daba f fes", "je suis venue du bled à Fès". The rural track of financing is for who
lives and works there (shared/DOMAIN.md §3); who moved to a town and opens a shop there is starting.
"""

from __future__ import annotations

from collections.abc import Sequence

from hirfa.text import normalise
from nlu.lexicon import Word
from nlu.situation_clauses import Cue, same_clause

# "je suis venue du bled", "هبطت من الدوار": the leaving at most this many words before the place.
MOVED_REACH = 3
# Verbs of moving away; the cues' "past" ("كنت", "kont", "جيت من") and "left_group" ("خرجت من") say it too.
_MOVED = frozenset(
    normalise(w)
    for w in (
        "هبطت", "هبط", "نزلت", "رحلت", "انتقلت", "هاجرت", "جئت", "hbatt", "hbt", "hbet", "hbtt", "nzlt", "r7lt", "venu",
        "venue", "venus", "arrivé", "arrivée", "quitté", "quittée", "parti", "partie", "déménagé", "déménagée",
    )
)
# "كنت ساكنة فالدوار وباقا فيه", "j'ai toujours vécu au bled et j'y suis encore": still there, at most this many words
# after.
STILL_REACH = 3
_STILL = frozenset(
    normalise(w)
    for w in ("باقي", "باقا", "باقية", "مازال", "مزال", "مازلت", "ba9i", "ba9a", "baqi", "mazal", "encore", "toujours")
)


def moved_away(text: str, words: Sequence[Word], cues: list[Cue], place: Cue) -> bool:
    """Whether the writer says they lived in ``place`` (a rural "stage" cue) and moved away from it."""
    if any(w.form in _STILL for w in words[place.last + 1 : place.last + 1 + STILL_REACH]):
        return False
    if any(
        c.kind in ("past", "left_group")
        and 0 < place.first - c.last <= MOVED_REACH
        and same_clause(text, c, place)
        for c in cues
    ):
        return True
    first = max(0, place.first - MOVED_REACH)
    return any(
        w.form in _MOVED and same_clause(text, Cue("moved", "", at, at, w.start, w.end), place)
        for at, w in enumerate(words[first : place.first], start=first)
    )
