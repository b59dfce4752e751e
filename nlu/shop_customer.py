"""A customer asking the assistant what it has for sale, against an artisan asking how to sell.

"vous avez des tapis à vendre ?", "y a des poufs à vendre chez vous ?" speak of selling as marketing's examples do
("j'ai des tapis à vendre, où trouver des acheteurs ?"), and the classifier weighs "vendre" and the product above the
one word that tells them apart: whose stock it is. When marketing and out_of_scope are the classifier's first two, a
message that speaks of what "you" have ("vous avez", "chez vous", "3ndkom", "عندكم", "لديكم") and says nothing of the
speaker's own work (a first-person word: "j'ai", "mes", "dyali", "ديالي", "أبيع") is the shop's customer: out of scope.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.register_wish import swapped

MARKETING, OUT_OF_SCOPE = "marketing", "out_of_scope"
# What "you" have, or "at yours" (normalised lemmas): "avez-vous", "chez vous", "3ndkom", "عندكم", "لديكم".
YOUR_STOCK = frozenset(
    normalise(w)
    for w in (
        "avez", "3ndkom", "3andkom", "3ndkoum", "3endkom", "3ndkum", "عندكم", "عندكوم", "لديكم", "عندك", "3ndek", "3ndk",
    )
)
# "chez vous": two words.
AT_YOURS = (normalise("chez"), normalise("vous"))
# The speaker's own work or sales: first-person words in every script.
FIRST_PERSON = frozenset(
    normalise(w)
    for w in (
        "je", "j", "jai", "mes", "mon", "ma", "nos", "notre", "nous", "moi", "vends", "vendons",
        "ana", "dyali", "dyalna", "3ndi", "3andi", "kanbi3", "nbi3", "nbi3o", "kansna3", "nsna3",
        "أنا", "انا", "ديالي", "ديالنا", "عندي", "لدي", "كنبيع", "نبيع", "نبيعو", "أبيع", "ابيع", "أصنع", "اصنع", "منتجاتي",
    )
)


def asks_about_your_stock(lemmas: Sequence[str]) -> bool:
    """Whether the message speaks of what "you" have and of nothing of the speaker's own."""
    if says_any(lemmas, FIRST_PERSON):
        return False
    if says_any(lemmas, YOUR_STOCK):
        return True
    return AT_YOURS in set(zip(lemmas, lemmas[1:], strict=False))


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with out_of_scope first when it was runner-up to marketing in a question about your stock."""
    if [r["name"] for r in ranking[:2]] == [MARKETING, OUT_OF_SCOPE] and asks_about_your_stock(lemmas):
        return swapped(ranking)
    return ranking
