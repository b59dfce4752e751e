"""Which AMO question a message asks: how to enrol, or what it costs or is.

"لست خاضعا لأي ضريبة، كيف أسجل في التأمين الإجباري عن المرض؟", "jpaye aucun impot, cmt minscrire a lamo": a tax
situation said first weighs towards amo_cost, whose examples state one before asking the amount, and the one verb of
enrolling is outweighed. When amo_cost or amo_info is the classifier's first and amo_enroll its second, a verb of
enrolling with no word of amount puts amo_enroll first ("ma kankhelles dariba, ch7al nkhelles f amo?" asks the cost).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.register_wish import swapped

ENROL = "amo_enroll"
OTHER_AMO = frozenset({"amo_cost", "amo_info"})
# Enrolling oneself, in the first person or the infinitive (normalised lemmas; Arabic also with a glued "and").
ENROL_VERBS = frozenset(
    normalise(w)
    for w in (
        "inscrire", "inscris", "minscrire", "minscris", "affilier", "maffilier", "affilie", "immatriculer", "adherer",
        "ntsjel", "ntsjjel", "ntsejjel", "ntsajal", "ntsajjal", "nsjel", "nsejjel", "nsajal", "nt9ayed", "nt9ayyed",
        "اسجل", "أسجل", "نسجل", "نتسجل", "اتسجل", "أتسجل", "انخرط", "أنخرط", "ننخرط", "نخرط", "انضم", "أنضم",
    )
)
# An amount asked: then the cost is the question, whatever verb comes with it.
AMOUNT_WORDS = frozenset(
    normalise(w)
    for w in (
        "combien", "cb", "cmb", "cbn", "prix", "montant", "tarif", "ch7al", "chhal", "cha7al", "chal", "bch7al",
        "شحال", "بشحال", "كم", "بكم", "ثمن", "مبلغ", "قيمة",
    )
)


def asks_how_to_enrol(lemmas: Sequence[str]) -> bool:
    """Whether the message says a verb of enrolling and asks no amount."""
    return not says_any(lemmas, AMOUNT_WORDS) and says_any(lemmas, ENROL_VERBS)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with amo_enroll first when it was runner-up to amo_cost or amo_info in a question how to enrol."""
    if len(ranking) < 2 or ranking[0]["name"] not in OTHER_AMO or ranking[1]["name"] != ENROL:
        return ranking
    return swapped(ranking) if asks_how_to_enrol(lemmas) else ranking
