"""A list of what one lacks, then a request ("ما عندي لا محاسب لا باطانطا لا والو، بغيت قرض", "لا أملك لا محاسبا
ولا ضريبة، أريد قرضا").

Every "لا", "la", "non" of the list is a word of the short refusals the classifier learned as `deny`, and they outweigh
the one request after them. A refusal says no to what was offered and asks nothing; these messages go on to ask.
So, when the whole message reads `deny`, the words from a word of wanting on ("بغيت قرض", "je veux un prêt") are read
alone, as the words after a greeting are (nlu.greeting_opening), and their ranking is kept when they ask a topic with
confidence. "لا، أريد شيئا مختلفا", "non, je veux autre chose" ask no topic once read alone, and stay refusals; a
wanting negated ("ما بغيت والو", "je (ne) veux pas") is a refusal itself and is never read apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise
from nlu.greeting_opening import MIN_REQUEST_CONFIDENCE

DENY = "deny"
# Wanting, in every script (normalised lemmas): the request that follows the list of what one lacks.
WANT_WORDS = frozenset(
    normalise(w)
    for w in (
        "veux", "voudrais", "souhaite", "souhaiterais", "aimerais", "cherche", "bghit", "bghyt", "bghina", "nbghi",
        "baghi", "baghya", "بغيت", "بغينا", "باغي", "باغية", "أريد", "اريد", "نريد", "أود", "أرغب", "نرغب",
    )
)
# A wanting negated: before it ("ما بغيت", "لا أريد", "je ne veux", "ma bghit") or after it ("je veux pas", "je veux
# rien"). A "nothing" before it ends the list of what one lacks ("la 3ndi walo, bghit credit").
_NEGATED_BEFORE = frozenset(normalise(w) for w in ("ما", "لا", "لم", "ne", "n", "ma", "la"))
_NEGATED_AFTER = frozenset(normalise(w) for w in ("pas", "plus", "rien", "walo", "والو", "شيء", "شيئا"))
# What a request's words may read once alone and still ask no topic: a yes or a no, thanks, a greeting, goodbye; and
# out of scope, which a correction read without its "no" looks like ("non, je veux changer la ville": "changer la
# ville" alone read out of scope 0.70, where the refusal lets a form ask what to correct).
_NO_TOPIC = frozenset({"greet", "affirm", "deny", "thank", "goodbye", "out_of_scope"})


def request_start(lemmas: Sequence[str]) -> int:
    """Where a wanting not negated starts the message's request (0 when there is none, or it opens the message)."""
    for at in range(1, len(lemmas) - 1):
        if lemmas[at] in WANT_WORDS and lemmas[at - 1] not in _NEGATED_BEFORE and lemmas[at + 1] not in _NEGATED_AFTER:
            return at
    return 0


def request_after_refusal(whole: list[dict[str, Any]], rest: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rest`` (the request read alone) when the whole message reads `deny` and the request asks a topic with
    confidence; otherwise ``whole``."""
    if not whole or not rest or whole[0]["name"] != DENY:
        return whole
    top = rest[0]
    if top["name"] in _NO_TOPIC or top["confidence"] < MIN_REQUEST_CONFIDENCE:
        return whole
    return rest
