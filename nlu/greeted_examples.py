"""Requests opened by a greeting, learned from copies of the training examples.

People open most messages with a greeting ("salam khouya bghit ntsjel", "السلام عليكم أخي أريد التسجيل",
"bonjour monsieur, j'ai une question sur le financement"). The training examples of requests rarely do, so the
classifier had learned that a greeting word means `greet`, and answered such requests with a hello. Taking the
greeting out of what the classifier reads was tried and lost greetings the list did not know (stop 31). Instead
the classifier is trained, besides each example, on a share of the request examples opened by one of the
training data's own short greetings: a greeting word then weighs for `greet` only when nothing else is said.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

# Messages that are a greeting's neighbours, not requests: a greeting before them changes nothing to learn.
CONVERSATIONAL = frozenset({"greet", "goodbye", "thank", "affirm", "deny", "stop"})
# A greeting used as an opening: a short greet example ("السلام عليكم", "bonjour madame", "slm khoya").
MAX_GREETING_WORDS = 3


def short_greetings(texts_and_intents: Sequence[tuple[str, str]]) -> list[str]:
    """The greet examples short enough to open another message, in their training order."""
    return [text for text, intent in texts_and_intents if intent == "greet" and len(text.split()) <= MAX_GREETING_WORDS]


def greeting_for(text: str, intent: str, greetings: Sequence[str], share: float) -> str | None:
    """The greeting that opens a copy of this example, or None when the example gets no copy.

    The choice is a hash of the text, not a random draw: the same data always trains the same model. The greeting is
    written in the example's script ("السلام عليكم" before Arabic letters, "salam" or "bonjour" before Latin ones).
    """
    if intent in CONVERSATIONAL or not greetings:
        return None
    key = zlib.crc32(text.encode("utf-8"))
    if key % 1000 >= share * 1000:
        return None
    same_script = [g for g in greetings if _arabic(g) == _arabic(text)] or list(greetings)
    return same_script[(key // 1000) % len(same_script)]


def _arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)
