"""How the AMO works: what it is and covers, not how to join it.

"L'AMO ça marche comment ?", "التغطية الصحية ديال الحرايفية كيفاش خدامة؟", "l'amo kifach katkhdem": the word of how weighs
towards amo_enroll, whose examples ask how to join, and a regime told beside it towards the cost. How the scheme works
asks what it is (amo_info, shared/INTENTS.md). A verb of working with the AMO named, and no verb of enrolling nor an
amount asked, puts amo_info first when it stands among the first four behind the enrolment or the cost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.amo_included import coverage_first
from nlu.amo_question import AMO_NAMES, DECLARE_VERBS, ENROL_VERBS, asks_amount
from nlu.register_question import HOW_ASKED

# Working, of a scheme: "ça marche", "fonctionne", "katkhdem", "خدامة", "كتخدم", "تعمل".
WORKING = frozenset(
    normalise(w)
    for w in (
        "marche", "fonctionne", "fonctionnement", "katkhdem", "katkhdm", "khdama", "خدامة", "خدامه", "كتخدم", "تخدم",
        "تعمل", "يعمل", "تشتغل", "katdour", "works", "work",
    )
)
# How, asked of it right beside the verb ("ça marche comment", "كيفاش خدامة"): "خدامة" alone is also the writer at
# work ("أنا خدامة فالطرز", "khdama f lkhiyata, kifach nsjjel…").
HOW_REACH = 2
# The words of how asked that register_question reads, and English's.
HOW = HOW_ASKED | frozenset({"how"})


def asks_how_it_works(lemmas: Sequence[str]) -> bool:
    """Whether a word of how stands right beside a verb of working in a message naming the AMO, with no verb of
    enrolling or declaring and no amount asked."""
    how_it_works = any(
        says_any([lemma], WORKING) and says_any(lemmas[max(0, i - HOW_REACH) : i + 1 + HOW_REACH], HOW)
        for i, lemma in enumerate(lemmas)
    )
    return (
        how_it_works
        and says_any(lemmas, AMO_NAMES)
        and not says_any(lemmas, ENROL_VERBS | DECLARE_VERBS)
        and not asks_amount(lemmas)
    )


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with amo_info first when how the AMO works is asked behind the enrolment or the cost."""
    return coverage_first(ranking, lambda: asks_how_it_works(lemmas))
