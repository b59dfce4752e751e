"""A greeting word that closes a message after what the writer had to say takes leave: "يكفي هذا لليوم، سلام",
"c tout pour aujourd'hui salut", "safi hadchi li bghit, salam" are goodbyes, not greetings.

"سلام", "salam" and "salut" both greet and leave; the classifier reads them as greetings, the longer part before them
rarely says leaving in words it knows ("حان وقت العودة إلى الورشة"), and the message read `greet` or `thank`. Where the
word stands tells them apart: opening a message it greets, closing a message that said something else it leaves.
A message that opens with a greeting ("salam, ... salam") or says nothing before it but a greeting's own words
("wsh labas, salam", "وا السلام") stays a greeting, and goodbye must be among the classifier's first readings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import arabic_stems, normalise
from nlu.greeting_opening import GREETING_WORDS, greeting_length
from nlu.politeness import ADDRESS_WORDS

GOODBYE = "goodbye"
# The readings a closing greeting word turns into a goodbye: the greeting itself, and thanks that end with it
# ("merci pour tout, salam"), as nlu/thanks_then_leave.py does for the other farewell words.
_READ_AS = frozenset({"greet", "thank"})
# Greeting words that also close a message. Not "مرحبا", "bonjour" or "أهلا": they only greet.
CLOSING_WORDS = frozenset(normalise(w) for w in ("سلام", "salam", "slm", "slam", "salut", "slt"))
# Words that greet or address, and the "wesh" and "wa" that open a greeting ("wsh labas, salam", "وا السلام"): before
# the closing word they say nothing of their own.
_NOT_SAID = GREETING_WORDS | ADDRESS_WORDS | frozenset(normalise(w) for w in ("wsh", "wesh", "wa", "وا", "و"))
# What the writer must have said before the closing word, in words of their own ("safi, salam" is too little to tell).
_MIN_SAID = 2
# How far down the classifier's ranking goodbye may be and still be trusted.
_DEPTH = 3


def closes_with_greeting(lemmas: Sequence[str]) -> bool:
    """Whether the normalised words end with a closing greeting word after words of the writer's own."""
    if len(lemmas) <= _MIN_SAID or greeting_length(lemmas) > 0:
        return False
    if not any(stem in CLOSING_WORDS for stem in arabic_stems(lemmas[-1])):
        return False
    return sum(1 for lemma in lemmas[:-1] if lemma not in _NOT_SAID) >= _MIN_SAID


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with goodbye first when a greeting or thanks closes with a greeting word that takes leave."""
    if not ranking or ranking[0]["name"] not in _READ_AS or not closes_with_greeting(lemmas):
        return ranking
    if GOODBYE not in [r["name"] for r in ranking[:_DEPTH]]:
        return ranking
    # At the top confidence, so that the fallback threshold reads the same number.
    top = ranking[0]["confidence"]
    return [{"name": GOODBYE, "confidence": top}, *(r for r in ranking if r["name"] != GOODBYE)]
