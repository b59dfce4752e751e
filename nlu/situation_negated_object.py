"""A negation that takes its own object: "فالدوار ديالنا ما كاينش بنكة" (in our douar there is no bank).

Darija's ma…ch may follow what it negates ("الديبلوم ما عنديش"), so a negation standing after a place reaches back to
it. When a noun follows the negation in its clause, that noun is what is denied ("ما كاينش بنكة", "ma 3ndnach
transport"), and the place said before stays where the writer lives. A word that only points back ("ما بقيتش فيها",
"ma sakench fiha") is no object of its own: the place is denied.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.lexicon import Word
from nlu.situation_clauses import CLAUSE_BREAK, Cue, postposed

# What may follow a negation without being a noun it denies: the stage it denies ("ما عنديش ورشة"), another negation,
# a "but", a time.
_NO_OBJECT_KINDS = frozenset({"stage", "negation", "contrast", "until_now", "then", "ago", "since"})


def _object_after(text: str, words: Sequence[Word], cues: list[Cue], negation: Cue, refers_back: frozenset[str]) -> bool:
    """Whether the word right after ``negation``, in its clause, is a noun of its own (no cue, nothing pointing back)."""
    after = negation.last + 1
    if after >= len(words) or CLAUSE_BREAK.search(text[negation.end : words[after].start]):
        return False
    if any(c.first <= after <= c.last and c.kind in _NO_OBJECT_KINDS for c in cues):
        return False
    return words[after].form not in refers_back


def without_negations_of_other_objects(
    text: str, words: Sequence[Word], cues: list[Cue], refers_back: frozenset[str]
) -> list[Cue]:
    """``cues`` without the negations that could reach back to a place but deny a noun of their own after them."""
    return [
        c
        for c in cues
        if not (c.kind == "negation" and postposed(c) and _object_after(text, words, cues, c, refers_back))
    ]
