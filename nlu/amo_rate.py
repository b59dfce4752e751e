"""The AMO rate said as a figure ("6,37 % de quoi exactement ?", "نسبة 6,37 من ماذا؟", "6.37 ديال شنو") asks what the
AMO costs.

The classifier reads a number only through its character n-grams, and the short question around it ("de quoi",
"ديال شنو") as a call for help or as out of scope. The rate names one topic (DOMAIN.md: 6.37 % of the flat-rate
income set for each category), whatever is asked of it: unless the message is already read as another question
on the AMO or on the pension, it asks the cost, when it asks no other topic with more weight.
"""

from __future__ import annotations

import re
from typing import Any

from nlu.register_wish import ahead

AMO_COST = "amo_cost"
# In Latin or Arabic-Indic digits, with a comma, a point or an Arabic decimal separator, not inside a longer number.
_RATE = re.compile(r"(?<![\d٠-٩])[6٦]\s?[,.،٫]\s?[3٣][7٧](?![\d٠-٩])")
# Readings that may be right about the rate: how to join the AMO or what it covers at that price, the pension's own.
_OTHER_QUESTIONS_OF_IT = frozenset({AMO_COST, "amo_info", "amo_enroll", "pension_info"})
# Readings that ask no topic: the short question around the figure ("de quoi ?", "c'est ça ?") pulls there.
_NO_TOPIC = frozenset(
    {"ask_help", "affirm", "deny", "out_of_scope", "nlu_fallback", "greet", "thank", "goodbye", "bot_challenge"}
)
# How far down a topic reading amo_cost may be and still be trusted: "je paie les 6,37 %, comment m'inscrire au
# RNA ?" asks the registration, and there amo_cost is far down.
_DEPTH = 3


def names_the_rate(text: str) -> bool:
    """Whether the message writes the AMO's rate."""
    return _RATE.search(text) is not None


def rerank(text: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with amo_cost first when the message writes the AMO rate and is read as no question on it: read as
    no topic at all, or as a topic with amo_cost among the first readings."""
    if not ranking or ranking[0]["name"] in _OTHER_QUESTIONS_OF_IT or not names_the_rate(text):
        return ranking
    if ranking[0]["name"] not in _NO_TOPIC and AMO_COST not in [r["name"] for r in ranking[:_DEPTH]]:
        return ranking
    return ahead(AMO_COST, ranking)
