"""Declared to the CNSS, not to the tax office: "mon patron ne me déclare pas à la CNSS", "je suis pas déclaré à la
cnss", "ma mdeclarinich f cnss".

Not being declared to the social-security fund says who pays one's cover (an employer, or nobody yet), not which
tax one pays: the negated "déclaré" that nlu.situation_tax reads as no tax names the fund just after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from nlu.situation_clauses import Cue

# What may stand between "déclaré" and the fund's name: the negation's second half ("ne me déclare pas à la"), a
# preposition and an article ("à la", "auprès de la", "f").
_TO_THE_FUND = re.compile(
    r"[\s-]*(?:(?:pas|jamais|plus)[\s-]+)?(?:(?:à|a|au|aux|auprès\s+de|aupres\s+de|chez|par|f|fi|fel|fl)[\s-]+)?"
    r"(?:(?:la|l')\s*)?",
    re.IGNORECASE,
)
# The fund's own names among the AMO-topic cues: not "amo" or "cotisation", which a tax question may follow.
_FUND_NAMES = frozenset({"cnss", "la cnss", "الضمان الاجتماعي", "sécurité sociale", "securite sociale"})


def declared_to_the_fund(text: str, cues: Sequence[Cue], cue: Cue) -> bool:
    """Whether a declaring cue names the CNSS right after it ("déclaré à la CNSS"), not the tax office."""
    if cue.kind not in ("declare", "tax_word"):
        return False
    return any(
        c.kind == "amo_topic"
        and c.start >= cue.end
        and _fund_name(text[c.start : c.end])
        and _TO_THE_FUND.fullmatch(text[cue.end : c.start])
        for c in cues
    )


def _fund_name(said: str) -> bool:
    return said.strip().lower() in _FUND_NAMES
