"""The AMO compared with another's: what it covers, not what it costs.

"واش لامو ديال الصناع هي هي نتاع الموظفين ولا ناقصة", "wach li dayr auto-entrepreneur 3ndo nfs l'amo b7al li f la
CPU?", "l'amo hiya nafs cnss dyal salariés wla chi 7aja khra?": the regime told beside the question weighs towards
amo_cost, whose examples state one before asking the price, and the comparison is outweighed. Whether one's AMO is the
same as employees' or another regime's asks what it covers (amo_info, shared/INTENTS.md). A word of likeness with the
AMO named, then employees or "those who" a few words on, and no amount asked, puts amo_info first when it stands among
the first four behind the cost or the enrolment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.amo_question import AMO_NAMES, ENROL_VERBS, HOW_WORDS, asks_amount
from nlu.register_wish import ahead

INFO = "amo_info"
PULLED_TO = frozenset({"amo_cost", "amo_enroll"})
INFO_REACH = 4
# The same as, like: "b7al", "بحال", "nafs", "نفس", "هي هي", "même", "pareil", "comme", "مثل".
LIKENESS = frozenset(
    normalise(w)
    for w in (
        "b7al", "bhal", "بحال", "nafs", "nfs", "نفس", "même", "meme", "pareil", "pareille", "comme", "مثل", "كمثل",
        "same", "kif", "كيف",
    )
)
# "هي هي", "hiya hiya": the very same.
SAME_PAIRS = frozenset(
    (normalise(a), normalise(b)) for a, b in (("هي", "هي"), ("هو", "هو"), ("hiya", "hiya"), ("howa", "howa"))
)
# Whom it is compared with: employees, civil servants, or "those who" (another regime's: "b7al li f la CPU").
OTHERS = frozenset(
    normalise(w)
    for w in (
        "الموظفين", "موظفين", "الخدامين", "خدامين", "الأجراء", "الاجراء", "أجراء", "اجراء", "salariés", "salaries",
        "salarié", "salarie", "fonctionnaires", "employés", "employes", "lmowadafin", "lmouwadafin", "lkhddama", "khddama",
        "li", "lli", "اللي", "لي", "ceux", "celle", "celles", "autres", "الآخرين", "الاخرين", "lokhrin",
    )
)
COMPARED_REACH = 4


def compares_the_amo(lemmas: Sequence[str]) -> bool:
    """Whether the AMO is named and a word of likeness has employees or "those who" a few words after it, with no
    amount asked and no enrolling nor how ("kifach ntsjel f lamo b7al li 3ndhom cpu?" asks how to enrol)."""
    if not says_any(lemmas, AMO_NAMES) or asks_amount(lemmas) or says_any(lemmas, ENROL_VERBS | HOW_WORDS):
        return False
    return any(
        (says_any([lemma], LIKENESS) or (lemma, *lemmas[i + 1 : i + 2]) in SAME_PAIRS)
        and says_any(lemmas[i + 1 : i + 1 + COMPARED_REACH], OTHERS)
        for i, lemma in enumerate(lemmas)
    )


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with amo_info first when the AMO is compared with another's behind the cost or the enrolment."""
    if not ranking or ranking[0]["name"] not in PULLED_TO:
        return ranking
    if all(r["name"] != INFO for r in ranking[:INFO_REACH]) or not compares_the_amo(lemmas):
        return ranking
    return ahead(INFO, ranking)
