"""Money asked for to sell one's work: financing, not marketing.

"je veux créer une boutique en ligne pour mes tapis, y a-t-il un prêt ?", "هل يوجد تمويل لإنشاء متجر إلكتروني؟"
speak of selling as marketing's examples do (a website, export, fairs), and those words outweigh the one word that
asks for money. Marketing's examples never ask for a loan, a bank or financing, so when marketing and financing are
the classifier's first two, a word that names money lent or granted puts financing first. "da3m", "دعم" (support) and
"forsa" (also "a chance") name no money on their own and are left to the classifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.register_wish import swapped

MARKETING, FINANCING = "marketing", "financing"
# Money lent or granted, or who lends it (normalised lemmas; Arabic words also with a glued article or preposition).
MONEY_WORDS = frozenset(
    normalise(w)
    for w in (
        "credit", "crédit", "credits", "microcredit", "microcrédit", "pret", "prêt", "prets", "prêts", "financement",
        "financer", "finance", "financé", "subvention", "banque", "intelaka", "kredi", "kridi", "lkredi", "credi",
        "tamwil", "tamouil", "ttamwil", "9ard", "qard", "l9ard", "banka", "lbanka", "bank", "lbank",
        "تمويل", "تمويلا", "قرض", "قرضا", "كريدي", "بنك", "البنك", "الابناك", "سلف", "سلفة", "انطلاقة", "منحة",
    )
)


def asks_for_money(lemmas: Sequence[str]) -> bool:
    """Whether the message names money lent or granted."""
    return says_any(lemmas, MONEY_WORDS)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with financing first when it was runner-up to marketing in a message that asks for money."""
    if [r["name"] for r in ranking[:2]] == [MARKETING, FINANCING] and asks_for_money(lemmas):
        return swapped(ranking)
    return ranking
