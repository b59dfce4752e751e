"""Whether a cooperative or a company a message names is one the writer has left (shared/DOMAIN.md §1 lists the
groups that register; a member who left registers as a person, by their own years or diploma).

"j'étais membre d'une coopérative", "kont f t3awniya", "ancienne adhérente d'une coopérative": a past marker just
before the group. "j'ai quitté la coopérative", "khrjt mn cooperative", "خرجت من التعاونية": a leaving just before it.
"…une coopérative de tapis, je l'ai quittée", "…t3awniya w khrjt mnha": a leaving after it, in its sentence.
"أغلقت الشركة", "سديت الشركة": a stop right before it closes the group.
"""

from __future__ import annotations

import re

from nlu.situation_clauses import Cue, same_clause

# "j'étais membre d'une coopérative", "كنت عضوة في تعاونية": a past or a leaving at most this many words before.
LEFT_BEFORE_REACH = 4
# "une coopérative de tapis à Azilal mais je l'ai quittée": a leaving at most this many words after, same sentence.
LEFT_AFTER_REACH = 9
_SENTENCE_END = re.compile(r"[.!?؟\n]")
# French "quitté", "arrêté" (a "stopped" cue, shared with the regimes) say the writer left only after "j'ai", "je l'ai".
_FRENCH_FIRST_PERSON = re.compile(r"(?:\bj'?\s?ai|\bl'ai|\bje)\s*$", re.IGNORECASE)


def _leaving(text: str, cue: Cue) -> bool:
    """A leaving said by the writer: a Darija or Arabic one (first person by its form), or a French stop after "j'ai"."""
    return cue.kind == "left_group" or cue.kind == "stopped" and bool(_FRENCH_FIRST_PERSON.search(text[: cue.start]))


def left_group(text: str, cues: list[Cue], group: Cue) -> bool:
    """Whether the writer says they were in ``group`` (a "category" cue of a group) and are no longer."""
    before = any(
        (c.kind == "past" or _leaving(text, c))
        and 0 < group.first - c.last <= LEFT_BEFORE_REACH
        and same_clause(text, c, group)
        for c in cues
    )
    # "أغلقت الشركة", "سديت الشركة ديالي": a stop right before the group closes it, whoever's verb it is.
    closed = any(c.kind == "stopped" and c.last == group.first - 1 for c in cues)
    after = any(
        _leaving(text, c)
        and 0 < c.first - group.last <= LEFT_AFTER_REACH
        and not _SENTENCE_END.search(text[group.end : c.start])
        for c in cues
    )
    return before or closed or after
