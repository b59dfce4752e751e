"""A regime that is only the circumstance of a question in general, in French, is no regime of the writer's
(nlu/situation.py reads it as asked about): the AMO's price compared by regime, the AMO its subject ("l'AMO est moins
chère au forfait ?", "est-ce que l'AMO coûte moins cher à la CPU qu'au réel ?", "l'AMO est gratuite au forfait ?").
Not the impersonal "on" ("c'est combien la cotisation si on est en statut AE ?"): the dev sets read it as the
writer's own regime said modestly.
A regime the writer says is theirs in that clause ("moi je suis à la CPU, l'AMO est moins chère ?" has it in its own
clause; "je suis au réel, est-ce que c'est plus cher" likewise) stays held.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlu.lexicon import Word
from nlu.situation_clauses import Cue, clause_bounds

# The AMO's price, compared or nil, said of the AMO as subject: "est moins chère", "coûte plus cher", "est gratuite".
_PRICE_COMPARED = re.compile(
    r"\b(?:plus|moins)\s+ch[èe]re?s?\b|\bgratuite?s?\b|\bmoins\s+co[uû]teuse?\b|\bplus\s+co[uû]teuse?\b", re.IGNORECASE
)
# The writer in the clause: then the regime is theirs ("je suis au réel, c'est plus cher ?" is two clauses).
_WRITER = frozenset({"je", "j", "jsuis", "chuis", "moi", "suis", "mon", "ma", "mes"})
_QUESTION_END = re.compile(r"\s*\?")


def asked_as_circumstance(text: str, words: Sequence[Word], cues: list[Cue], target: Cue) -> bool:
    """Whether the regime ``target`` is only the circumstance of a question in general (see the module)."""
    if target.kind != "tax":
        return False
    start, end = clause_bounds(text, target.start, target.end)
    if any(w.form in _WRITER for w in words if start <= w.start < end):
        return False
    amo_first = any(c.kind == "amo_topic" and start <= c.start < target.start for c in cues)
    asks = bool(_QUESTION_END.match(text, end)) or end == len(text.rstrip())
    return amo_first and asks and bool(_PRICE_COMPARED.search(text[start:end]))

