"""Whether an AMO-looking question is the pension's.

"contrib. pro unique payée chaque trimestre, la retraite pour moi c combien", "أنا مقاول ذاتي، شحال خاصني نخلص
للتقاعد؟": a tax regime stated first and a word of amount weigh towards amo_cost, whose examples state a regime before
asking what it costs, and the one word of retirement is outweighed. The pension is a scheme of its own (law 99.15,
shared/DOMAIN.md §2): when an AMO intent is first and pension_info its runner-up, a word of retirement with no word
of the AMO or of health cover puts pension_info first. The CNSS runs both, so naming it decides nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.register_wish import swapped

PENSION = "pension_info"
AMO_INTENTS = frozenset({"amo_cost", "amo_info", "amo_enroll"})
# Retirement and its pension, in every script (normalised; an Arabic prefix glued on is allowed by says_any).
RETIREMENT_WORDS = frozenset(
    normalise(w)
    for w in (
        "retraite", "retraites", "pension", "pensions", "retrete", "retraitte", "التقاعد", "تقاعد", "المعاش", "معاش",
        "الريطريت", "ريطريت", "الروتريت", "روتريت", "ta9a3od", "tta9a3od", "lta9a3od", "taqa3od", "retret", "lretret",
        "lma3ach", "ma3ach",
        # The plural and the adjective ("نظام المعاشات", "المعاش التقاعدي", "منحة تقاعدية"): the law's and the
        # press's MSA words for the scheme; "المتقاعد" (a retiree) is left out, a retiree may ask of the AMO.
        "المعاشات", "معاشات", "التقاعدي", "تقاعدي", "التقاعدية", "تقاعدية",
    )
)
# The AMO or health cover named: then the question is the AMO's, whatever else is said.
AMO_WORDS = frozenset(
    normalise(w)
    for w in (
        "amo", "lamo", "لامو", "الامو", "امو", "أمو", "maladie", "santé", "sante", "soins", "médicale", "medicale",
        "couverture", "المرض", "الصحية", "صحية", "الصحي", "التغطية", "تغطية", "التأمين", "التامين", "tghtiya",
        "ttaghtiya", "sse7a", "s7a", "الصحة", "الدوا", "الطبيب",
    )
)


def asks_of_the_pension(lemmas: Sequence[str]) -> bool:
    """Whether the message names retirement and neither the AMO nor health cover."""
    return says_any(lemmas, RETIREMENT_WORDS) and not says_any(lemmas, AMO_WORDS)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with pension_info first when it was runner-up to an AMO intent in a question of retirement."""
    if len(ranking) < 2:
        return ranking
    if ranking[0]["name"] in AMO_INTENTS and ranking[1]["name"] == PENSION and asks_of_the_pension(lemmas):
        return swapped(ranking)
    return ranking
