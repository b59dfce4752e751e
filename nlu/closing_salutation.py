"""A salutation that closes a message ("يكفي هذا لليوم، سلام", "safi hadchi lyoum, salam", "merci, salut") takes
leave: a goodbye, not a greeting or a thanks.

"سلام" and "salut" say hello and goodbye alike, and the classifier, which has seen them open thousands of messages,
reads a greeting wherever they stand. Where they stand decides: after what the writer had to say, they close it.
A message opened by a greeting ("salam, merci, salam") or made only of greetings, addresses and a "hey" ("khouya
salam", "wsh labas, salam") stays a greeting, and goodbye must be among the classifier's first readings: "wach kayn
chi 7ed? salam" calls out and "ana fatima mn fes, salam" introduces, and there goodbye is far down.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu.greeting_opening import GREETING_WORDS, greeting_length
from nlu.politeness import ADDRESS_WORDS
from nlu.thanks_then_leave import THANK, goodbye_first

GREET = "greet"
# The greeting words that also take leave ("السلام عليكم" closes a letter too); "bonjour" or "مرحبا" only greet.
SALUTATIONS = frozenset(normalise(w) for w in ("سلام", "السلام", "salam", "slm", "slam", "salamo", "salut", "slt"))
# Calling out before a greeting ("وا السلام", "wa salam", "wsh labas, salam"): Darija's "hey", beside the address
# words of politeness.
_VOCATIVES = frozenset(("وا", "و", "wa", "wsh", "wesh"))


def closes_with_salutation(lemmas: Sequence[str]) -> bool:
    """Whether the message ends with a salutation after words of its own, and does not open with a greeting."""
    if greeting_length(lemmas) > 0:
        return False
    end = len(lemmas)
    while end > 0 and (lemmas[end - 1] in GREETING_WORDS or lemmas[end - 1] in ADDRESS_WORDS):
        end -= 1
    # "والسلام" closes with its "and" glued on.
    closing = [lemmas[end - 1]] if end and says_any(lemmas[end - 1 : end], SALUTATIONS) else []
    said = lemmas[: end - len(closing)]
    return bool(closing or any(lemma in SALUTATIONS for lemma in lemmas[end:])) and any(
        lemma not in ADDRESS_WORDS and lemma not in _VOCATIVES and lemma not in GREETING_WORDS for lemma in said
    )


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with goodbye first when a greeting or thanks reading comes from a closing salutation."""
    if not ranking or ranking[0]["name"] not in (GREET, THANK) or not closes_with_salutation(lemmas):
        return ranking
    return goodbye_first(ranking)
