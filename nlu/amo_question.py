"""Which AMO question a message asks: how to enrol, or what it costs or is.

"لست خاضعا لأي ضريبة، كيف أسجل في التأمين الإجباري عن المرض؟", "jpaye aucun impot, cmt minscrire a lamo": a tax
situation said first weighs towards amo_cost, whose examples state one before asking the amount, and the one verb of
enrolling is outweighed. When amo_cost or amo_info is the classifier's first and amo_enroll its second, a verb of
enrolling with no word of amount puts amo_enroll first ("ma kankhelles dariba, ch7al nkhelles f amo?" asks the cost).
The other way round, "je suis inscrite en micro-entreprise, quel est le tarif de l'amo ?": the participles of a tax
registration ("inscrit", "déclarée") pull towards the enrolment. No enrolment example names an amount, so when
amo_enroll is first and amo_cost second, a word of amount with no verb of enrolling puts the cost first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.register_wish import swapped

ENROL, COST = "amo_enroll", "amo_cost"
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
        "شحال", "بشحال", "كم", "بكم", "ثمن", "مبلغ", "قيمة", "mensuel", "mensuelle", "mensuellement", "شهريا",
    )
)


def asks_how_to_enrol(lemmas: Sequence[str]) -> bool:
    """Whether the message says a verb of enrolling and asks no amount."""
    return not says_any(lemmas, AMOUNT_WORDS) and says_any(lemmas, ENROL_VERBS)


def asks_an_amount(lemmas: Sequence[str]) -> bool:
    """Whether the message asks an amount and says no verb of enrolling."""
    return says_any(lemmas, AMOUNT_WORDS) and not says_any(lemmas, ENROL_VERBS)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with amo_enroll first when it was runner-up to amo_cost or amo_info in a question how to enrol, and
    amo_cost first when it was runner-up to amo_enroll in a question of amount."""
    if len(ranking) < 2:
        return ranking
    first, second = ranking[0]["name"], ranking[1]["name"]
    if first in OTHER_AMO and second == ENROL and asks_how_to_enrol(lemmas):
        return swapped(ranking)
    if first == ENROL and second == COST and asks_an_amount(lemmas):
        return swapped(ranking)
    return ranking
