"""Declaring nothing is no tax (shared/DOMAIN.md §2), whoever declares it.

"je declare rien", "ne déclare rien" and "ma kandeclari walo" are listed tax_free phrases (nlu/situation_cues.yml); the
same verb in another person or spelling ("jdeclare rien", "il declare rien", "on déclare rien du tout", "ndeclari
walo") was read as a tax word or a declaring, then a negation, and no regime came of it. A verb of declaring right
before its "nothing" is no tax; whose it is, the relatives' scopes decide, as for a regime named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlu.lexicon import Word
from nlu.situation_clauses import Cue

# French "déclare", "déclarons", glued "jdeclare"; Darija "ndeclari", "kandiclari", "كنديكلاري", "كنصرح" (normalised).
_DECLARING = re.compile(r"^(?:[jnty]|ka[nty]?)?(?:declar|dclar|diclar|deklar)|^(?:[انيت]|ك[نيت])?(?:صرح|ديكلار|دكلار)")
_NOTHING = frozenset({"rien", "walo", "والو", "بوالو", "bwalo"})


def declared_nothing(words: Sequence[Word], cues: list[Cue]) -> list[Cue]:
    """``cues`` with each verb of declaring right before a "nothing" made, with it, one tax_free cue; a negation right
    before the verb ("ma kandeclari walo", "je ne déclare rien") is part of it. Phrases listed already stay."""
    listed = [c for c in cues if c.kind == "tax_free"]
    spans = []
    for i in range(len(words) - 1):
        if not (_DECLARING.match(words[i].form) and words[i + 1].form in _NOTHING):
            continue
        if any(c.first <= i and i + 1 <= c.last for c in listed):
            continue
        first = next((c.first for c in cues if c.kind == "negation" and c.last == i - 1), i)
        spans.append((first, i + 1))
    if not spans:
        return cues
    kept = [c for c in cues if not any(c.first <= last and first <= c.last for first, last in spans)]
    made = [Cue("tax_free", "", first, last, words[first].start, words[last].end) for first, last in spans]
    return sorted(kept + made, key=lambda c: c.first)
