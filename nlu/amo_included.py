"""Whether someone is in the writer's AMO with them: who in the family is covered.

"واش مراتي وبنتي اللي باقا كتقرا فالجامعة داخلين معايا فلامو", "واش الولاد لي تحت 12 عام كياخدو كلشي فلامو", "bba
m9ayed f lcpu, wach ana n9der ndkhel m3ah f l'amo?": a spouse or a child entering, being in or benefiting from the
writer's cover asks who the AMO covers (amo_info, shared/INTENTS.md). The classifier weighs the regime and the sum
told around such a question ("وكنخلص مبلغ ثابت للضرايب كل عام") towards the cost, or the verb of entering towards the
enrolment, and amo_info stands second to fourth.

Who is in: a verb of entering, being in or benefiting, said of a dependant the message names (or "with me" after it:
"واش بجوج يدخلو معايا فلامو"); in the first person only with "with him, with her" after it (the writer in a parent's or
a spouse's cover): "ندخل مراتي معايا" adds the wife, which is the enrolment. Not when how or where is asked ("كيفاش
يدخلو معايا"), a verb of enrolling or declaring is said, or an amount is asked: those stay the enrolment or the cost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.amo_question import DECLARE_VERBS, ENROL_VERBS, HOW_WORDS, asks_amount, dependants
from nlu.register_wish import WITH_ME, ahead

INFO = "amo_info"
# The topics such a question is pulled to, and how far down amo_info may stand.
PULLED_TO = frozenset({"amo_cost", "amo_enroll"})
INFO_REACH = 4
# Entering, being in, taking or benefiting, said of others (normalised).
THEY_ARE_IN = frozenset(
    normalise(w)
    for w in (
        "داخلين",
        "داخل",
        "داخلة",
        "يدخلو",
        "يدخل",
        "تدخل",
        "كيدخلو",
        "كيدخل",
        "كتدخل",
        "كياخدو",
        "ياخدو",
        "كياخد",
        "ياخد",
        "يستافدو",
        "يستافد",
        "تستافد",
        "كيستافدو",
        "كيستافد",
        "كتستافد",
        "يستفيد",
        "يستفيدون",
        "تستفيد",
        "يشملهم",
        "يشملها",
        "يشمله",
        "مشمولين",
        "مشمولون",
        "مشمولة",
        "مشمول",
        "مشمولا",
        "dakhlin",
        "dakhel",
        "dakhla",
        "ydakhlo",
        "ydkhlo",
        "ydkhol",
        "tdkhol",
        "ydkhl",
        "ydkhel",
        "tdkhl",
        "tdkhel",
        # Staying in it ("هل يبقى ابني مستفيدا من التامين الصحي معي", "wach ybqa m3aya f tta2min").
        "يبقى",
        "تبقى",
        "يبقاو",
        "ybqa",
        "yb9a",
        "tbqa",
        "tb9a",
        "ybqaw",
        "yb9aw",
        "مستفيدا",
        "مستفيدة",
        "kaydkhlo",
        "kaydkhol",
        "ystafdo",
        "ystafed",
        "tstafed",
        "inclus",
        "incluse",
        "inclut",
        "incluent",
        "compris",
        "comprise",
        "beneficient",
        "beneficie",
        "bénéficient",
        "bénéficie",
        "bénéficier",
        "beneficier",
        "profitent",
        "profiter",
    )
)
# Entering or benefiting, said by the writer.
I_AM_IN = frozenset(
    normalise(w)
    for w in (
        "ندخل",
        "نستافد",
        "نستفيد",
        "الاستفادة",
        "ndkhel",
        "ndkhol",
        "nedkhol",
        "nstafed",
        "nstafd",
        "bénéficier",
        "beneficier",
        "profiter",
    )
)
# With them: whose cover the writer joins, right after the verb (with me: register_wish.WITH_ME).
WITH_THEM = frozenset(
    normalise(w)
    for w in (
        "معاه",
        "معاها",
        "معاهم",
        "معه",
        "معها",
        "تأمينها",
        "تأمينه",
        "m3ah",
        "m3aha",
        "m3ahom",
        "son",
        "sa",
    )
)
WITH_REACH = 3
# Children or the family in general ("واش الولاد لي تحت 12 عام كياخدو كلشي"), besides the writer's own dependants.
FAMILY = frozenset(
    normalise(w)
    for w in (
        "ولاد",
        "اولاد",
        "أولاد",
        "دراري",
        "الولاد",
        "الاولاد",
        "الأولاد",
        "الدراري",
        "العائلة",
        "العايلة",
        "الأسرة",
        "الاسرة",
        "wlad",
        "lwlad",
        "lwelad",
        "drari",
        "ddrari",
        "enfants",
        "famille",
    )
)


def asks_who_is_in(lemmas: Sequence[str]) -> bool:
    """Whether a dependant (or the writer, with another) is said to enter or be in the cover, with no how, no verb
    of enrolling or declaring, and no amount asked."""
    if says_any(lemmas, HOW_WORDS) or says_any(lemmas, ENROL_VERBS | DECLARE_VERBS) or asks_amount(lemmas):
        return False
    named = says_any(lemmas, dependants() | FAMILY)
    for i, lemma in enumerate(lemmas):
        after = lemmas[i + 1 : i + 1 + WITH_REACH]
        if says_any([lemma], THEY_ARE_IN) and (named or says_any(after, WITH_ME)):
            return True
        if says_any([lemma], I_AM_IN) and says_any(after, WITH_THEM):
            return True
    return False


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with amo_info first when the enrolment or the cost was first, amo_info among the first four, and
    the message asks who is in the writer's cover."""
    return coverage_first(ranking, lambda: asks_who_is_in(lemmas))


def coverage_first(ranking: list[dict[str, Any]], asked: Callable[[], bool]) -> list[dict[str, Any]]:
    """The ranking with amo_info first when the enrolment or the cost was first, amo_info among the first four, and
    ``asked()`` reads a question of the coverage (called only then: the words are read where they could change the
    ranking; nlu/amo_compared.py and nlu/amo_workings.py read theirs too)."""
    if not ranking or ranking[0]["name"] not in PULLED_TO:
        return ranking
    if not any(r["name"] == INFO for r in ranking[:INFO_REACH]) or not asked():
        return ranking
    return ahead(INFO, ranking)
