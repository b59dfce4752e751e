"""The AMO compared with another's: what it covers, not what it costs.

"واش لامو ديال الصناع هي هي نتاع الموظفين ولا ناقصة", "wach li dayr auto-entrepreneur 3ndo nfs l'amo b7al li f la
CPU?", "l'amo hiya nafs cnss dyal salariés wla chi 7aja khra?": the regime told beside the question weighs towards
amo_cost, whose examples state one before asking the price, and the comparison is outweighed. Whether one's AMO is the
same as employees' or another regime's asks what it covers (amo_info, shared/INTENTS.md). A word of likeness with the
AMO named, then employees or "those who" a few words on, and no amount asked, puts amo_info first when it stands among
the first four behind the cost or the enrolment. Paying compared (more or less, a price, a sum, the contribution, a
verb of paying) is the cost's (measured on dev: such comparisons are labelled amo_cost).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.amo_included import coverage_first
from nlu.amo_question import AMO_NAMES, ENROL_VERBS, HOW_WORDS, asks_amount

# The same as, like: "b7al", "بحال", "nafs", "نفس", "هي هي", "même", "pareil", "comme", "مثل".
LIKENESS = frozenset(
    normalise(w)
    for w in (
        "b7al", "bhal", "بحال", "nafs", "nfs", "نفس", "même", "meme", "pareil", "pareille", "comme", "مثل", "كمثل",
        "same", "kif",
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
# What is paid, compared: more or less, the price, the contribution, paying ("wach lamo dyali b 135dh bhal lli ma
# kaykhlsouch wla ktr?", "الاقتطاع ديال AMO واش هو بحال بحال لكلشي؟", "paient-ils l'AMO comme ceux…"): the cost.
_SUM = re.compile(r"^\d+(?:dh|dhs|درهم)?$")
PAID = frozenset(
    normalise(w)
    for w in (
        "كثر", "كتر", "أكثر", "اكثر", "ktr", "kter", "kthr", "قل", "أقل", "اقل", "9el", "qel", "plus", "moins", "cher",
        "ثمن", "الثمن", "taman", "prix", "الاشتراك", "اشتراك", "الاقتطاع", "اقتطاع", "cotisation", "lcotisation",
        "paient", "paie", "payent", "payer", "paye", "كيخلصو", "كيخلص", "كنخلص", "نخلص", "يخلص", "تخلص", "kaykhlsou",
        "kaykhlsouch", "kaykhelsou", "kankhlles", "nkhelles", "nkhlles", "ykhelles", "درهم", "dh", "dhs",
    )
)


def compares_the_amo(lemmas: Sequence[str]) -> bool:
    """Whether the AMO is named and a word of likeness has employees or "those who" a few words after it, with no
    amount asked and no enrolling nor how ("kifach ntsjel f lamo b7al li 3ndhom cpu?" asks how to enrol)."""
    if not says_any(lemmas, AMO_NAMES) or asks_amount(lemmas) or says_any(lemmas, ENROL_VERBS | HOW_WORDS):
        return False
    if says_any(lemmas, PAID) or any(_SUM.match(lemma) for lemma in lemmas):
        return False
    return any(
        (says_any([lemma], LIKENESS) or (lemma, *lemmas[i + 1 : i + 2]) in SAME_PAIRS)
        and says_any(lemmas[i + 1 : i + 1 + COMPARED_REACH], OTHERS)
        for i, lemma in enumerate(lemmas)
    )


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with amo_info first when the AMO is compared with another's behind the cost or the enrolment."""
    return coverage_first(ranking, lambda: compares_the_amo(lemmas))
