"""Money asked for to sell one's work: financing, not marketing.

"je veux créer une boutique en ligne pour mes tapis, y a-t-il un prêt ?", "هل يوجد تمويل لإنشاء متجر إلكتروني؟"
speak of selling as marketing's examples do (a website, export, fairs), and those words outweigh the one word that
asks for money. Marketing's examples never ask for a loan, a bank or financing, so when marketing is first and
financing second, a word that names money lent or granted puts financing first. Words the model reads as out of
scope ("l7jar lmanqouch", "site web") can slip out_of_scope between the two ("bghit n9ad site web l l7jar lmanqouch
dyali …, chi ta3awon mn lbanka?"): financing third behind marketing and out_of_scope is put first the same way. "da3m", "دعم" (support) and
"forsa" (also "a chance") name no money on their own and are left to the classifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.register_wish import promoted

MARKETING, FINANCING, OUT_OF_SCOPE = "marketing", "financing", "out_of_scope"
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
    """The ranking with financing first when it followed marketing (out_of_scope alone between) in a message that
    asks for money."""
    names = [r["name"] for r in ranking[:3]]
    if names[:2] != [MARKETING, FINANCING] and names != [MARKETING, OUT_OF_SCOPE, FINANCING]:
        return ranking
    return promoted(ranking, names.index(FINANCING)) if asks_for_money(lemmas) else ranking
