"""A negation that takes its own object: "فالدوار ديالنا ما كاينش بنكة" (in our douar there is no bank).

Darija's ma…ch may follow what it negates ("الديبلوم ما عنديش"), so a negation standing after a place reaches back to
it. When a noun follows the negation in its clause, that noun is what is denied ("ما كاينش بنكة", "ma 3ndnach
transport"), and the place said before stays where the writer lives; so does a stage said a few words after it ("قروض
بدون ضمانة لتوسيع المحل"). A word that only points back ("ما بقيتش فيها", "ma sakench fiha") is no object of its own:
the place is denied.
"""

from __future__ import annotations

from collections.abc import Sequence

from hirfa.text import normalise
from nlu.lexicon import Word
from nlu.situation_clauses import CLAUSE_BREAK, Cue, postposed

# "Without" always has a noun of its own after it; other negations before a word may deny a verb ("ما بغيتش نكبر").
_WITHOUT = frozenset(normalise(w) for w in ("بدون", "بلا", "دون", "sans", "bla", "bila", "without"))
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
    """``cues`` without the negations that could reach back to a place, or on to a stage a few words further ("قروض
    بدون ضمانة لتوسيع المحل": without a guarantee, to grow), but deny a noun of their own after them."""
    return [
        c
        for c in cues
        if not (
            c.kind == "negation"
            and (postposed(c) or normalise(text[c.start : c.end]) in _WITHOUT)
            and _object_after(text, words, cues, c, refers_back)
        )
    ]
