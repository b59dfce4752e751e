"""Whether years of work without a diploma are enough to be accepted: eligibility, not training.

"بلا شهادة غير التجربة ديال 12 عام، كنقبل؟", "tajriba bo7dha katkfi?": the diploma and the experience are
training's words too (a diploma from experience), and training can come first with eligibility second. Training's
examples ask how to learn or get the diploma; these ask whether one is accepted, or whether what one has is enough.
When training and eligibility are the first two, a word of being accepted or of sufficing, with no word of learning
(a course, a school, learning), puts eligibility first: "واش يقبلوني فالتكوين؟" stays training.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.register_wish import LEARNING_NOUNS, swapped

TRAINING, ELIGIBILITY = "training", "rna_eligibility"
# Being accepted, or what one has being enough (normalised lemmas; Arabic words also with a glued prefix).
ACCEPTED = frozenset(
    normalise(w)
    for w in (
        "كنقبل", "نتقبل", "نقبل", "يقبلوني", "كيقبلوني", "تقبلوني", "غايقبلوني", "يتقبل", "مقبول", "مقبولة", "كافية",
        "كافي", "كيكفي", "كتكفي", "تكفي", "يكفي", "nt9bel", "kan9bel", "n9bel", "y9blouni", "ky9blouni", "t9blouni",
        "y9bloni", "m9boul", "m9boula", "kafya", "kafia", "kafi", "katkfi", "kaykfi", "ykfi", "tkfi", "accepte",
        "accepté", "acceptée", "acceptes", "suffit", "suffisant", "suffisante", "suffisent",
    )
)
# Learning: a course, a school, an apprenticeship (the message then asks about training): the nouns the register
# wish reads, and the verbs and schools said around them.
LEARNING = LEARNING_NOUNS | frozenset(
    normalise(w)
    for w in (
        "تكوينات", "نتكون", "يتكون", "نتعلم", "يتعلم", "تعلم", "تدريب", "التدريب", "مدرسة", "معهد", "ttakwin", "ntkwen",
        "nt3lm", "nt3elem", "yt3lm", "formations", "apprendre", "institut",
    )
)


def asks_whether_accepted(lemmas: Sequence[str]) -> bool:
    """Whether the message asks about being accepted or having enough, with no word of learning."""
    return says_any(lemmas, ACCEPTED) and not says_any(lemmas, LEARNING)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with eligibility first when it was runner-up to training and the message asks to be accepted."""
    if [r["name"] for r in ranking[:2]] == [TRAINING, ELIGIBILITY] and asks_whether_accepted(lemmas):
        return swapped(ranking)
    return ranking
