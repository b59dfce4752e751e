"""The writer's "not me" after a relative's diploma: "خويا عندو الديبلوم، انا لا", "khouya diplômé, ana la", "ma sœur
a un diplôme, moi non plus".

As with a relative's regime (nlu.situation_tax, the not_me phrases), a clause closed by the writer's own "not me"
after a relative's diploma says the writer holds none: with a short practice, the writer does not qualify yet
(shared/DOMAIN.md §1), where nothing said of a diploma would leave the assistant to ask.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.lexicon import Word
from nlu.situation_clauses import Cue
from nlu.situation_relatives import Relatives
from nlu.situation_tax import closing_clause


def not_me_after_their_diploma(
    text: str, words: Sequence[Word], cues: list[Cue], relatives: Relatives, not_me: frozenset[str]
) -> Cue | None:
    """A "no_training" cue over the clause that denies the writer the diploma a relative was just said to hold; None
    when no relative's diploma comes first, or when the message is put of the relative."""
    if not relatives.writer_speaks or relatives.asked_of_them:
        return None
    theirs = [c for c in cues if c.kind == "category" and c.value == "diploma" and relatives.cue_of(c)]
    clause = closing_clause(text, theirs, not_me)
    if clause is None:
        return None
    start, end = clause
    # The clause may begin with the rest of what is said of the relative ("…ديبلوم فالخياطة وأنا لا"): its last word,
    # the writer's "not me", is the one that must be the writer's.
    last = max((i for i, w in enumerate(words) if start <= w.start < end), default=None)
    if last is None or relatives.said_of(last):
        return None
    return Cue("no_training", "", last, last, start, end)
