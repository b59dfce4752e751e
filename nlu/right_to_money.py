"""The right to a loan or a grant: financing, not eligibility.

"أنا فالنظام المبسط، واش عندي الحق فشي قرض؟", "ana mikanisyan, wach 3ndi l7a9 f chi kredi?": "having the right" is
how eligibility's examples ask whether one may register, and it outweighs the one word that names the money. A
message that names money lent or granted (nlu/money_to_sell.py) and no verb of registering asks for the money: when
eligibility is first and financing second or third, financing goes first. "واش عندي الحق نتسجل باش ناخد قرض؟"
names registering and stays with the classifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import says_any
from nlu.craft_question import REGISTER_VERBS
from nlu.money_to_sell import asks_for_money
from nlu.register_wish import promoted

ELIGIBILITY, FINANCING = "rna_eligibility", "financing"
# How far down the ranking financing may stand (an out-of-scope guess can slip between).
WITHIN = 3


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with financing first when eligibility led it and the message asks for money, not to register."""
    names = [r["name"] for r in ranking[:WITHIN]]
    if not names or names[0] != ELIGIBILITY or FINANCING not in names[1:]:
        return ranking
    if not asks_for_money(lemmas) or says_any(lemmas, REGISTER_VERBS):
        return ranking
    return promoted(ranking, names.index(FINANCING))
