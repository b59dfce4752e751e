"""Thanks followed by a farewell ("شكرا على وقتك، إلى اللقاء", "merci beaucoup, au revoir", "chokran, bslama") end
the conversation: a goodbye, not a thanks.

The classifier weighs the thanks, often the longer part, above the farewell formula that closes the message. A
farewell word settles it, but only when the classifier itself has goodbye among its first readings: "أريد لقاء
مستشار، شكرا" speaks of a meeting, not of leaving, and its goodbye reading is far down.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.register_wish import ahead

THANK, GOODBYE = "thank", "goodbye"
# Farewell formulas, one word each as the tokenizer gives them ("إلى اللقاء" is read through "اللقاء"). No "سلام":
# it greets as often as it leaves.
FAREWELL_WORDS = frozenset(
    normalise(w)
    for w in (
        "اللقاء", "لقاء", "الملتقى", "وداعا", "السلامة", "السلامه", "بالسلامة", "بسلامة", "أراك", "أراكم", "نراكم",
        "نلتقي", "نتلاقاو", "نشوفكم", "باي", "bslama", "beslama", "bslema", "besslama", "revoir", "bientot",
        "bientôt", "bye", "ciao", "tchao",
    )
)
# How far down the classifier's ranking goodbye may be and still be trusted.
_DEPTH = 3


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with goodbye first when a thanks also says farewell and goodbye is among the first readings."""
    if not ranking or ranking[0]["name"] != THANK or not says_any(lemmas, FAREWELL_WORDS):
        return ranking
    return goodbye_first(ranking)


def goodbye_first(ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with goodbye first, when goodbye is among the classifier's first readings; else unchanged."""
    if GOODBYE not in [r["name"] for r in ranking[:_DEPTH]]:
        return ranking
    return ahead(GOODBYE, ranking)
