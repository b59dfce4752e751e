"""A greeting that opens a request ("salam, menu", "bonsoir, docs a fournir ?", "السلام عليكم، مرحبا، كيف أسجل؟").

Greetings are short and their words are frequent, so the classifier often reads the whole message as `greet` when the
request after them is short, out of scope, or opened by two greetings in a row. Learning it from greeted copies of the
request examples was measured (round 21) and taken back: greetings with a topic word in their own tail ("salam, wach
kayn chi 7ed", "salamou 3alaykom 7na mn cooperative") went to that topic. So the greeting is read, not learned: when
the whole message reads `greet`, the words after the opening greeting and address are read alone, and their ranking
is kept only when they ask something with confidence. A greeting followed by its own tail (a name, "is anyone there",
a blessing) reads nothing confidently once the greeting is gone, and stays `greet`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise
from nlu.politeness import ADDRESS_WORDS

# Matched on normalised lemmas (hirfa.text.normalise): no hamza, ة as ه, no accents, letters not stretched
# ("slaaam" is "slam"). The words of a greeting, in every variety, and the "to you all" that may follow one.
GREETING_WORDS = frozenset(
    normalise(w)
    for w in (
        # Darija and Arabic said in Latin letters.
        "salam", "slm", "slam", "salamo", "salamou", "salamu", "salamoalaykom", "alaykom", "alaykoum", "alikom",
        "alikoum", "3alaykom", "3alaykoum", "3alikom", "3alikoum", "3likom", "3likoum", "3lik", "ahlan", "ahla",
        "marhba", "marhaba", "sba7", "sbah", "msa", "lkhir", "labas",
        # French, English and SMS.
        "salut", "slt", "bonjour", "bjr", "bonsoir", "bsr", "cc", "coucou", "hello", "hi", "hey", "yo", "tous",
        # Arabic script.
        "السلام", "سلام", "عليكم", "عليك", "وعليكم", "مرحبا", "اهلا", "وسهلا", "صباح", "مسا", "الخير", "النور",
        "تحيه", "طيبه", "وبعد", "تحياتي", "ورحمه", "لاباس", "جميعا", "الجميع", "كاملين", "والسرور", "السرور",
        # Titles said to the reader after a greeting ("صباح الخير أستاذ"), beside the address words of politeness.
        "استاذ", "الاستاذ", "استاذه", "الاستاذه", "cv", "cava",
    )
)
# Two-word pieces of a greeting whose words alone say other things: how are you ("كيف حالك", "ca va": not "كيف
# أسجل", "ca coute"), to all ("على الجميع": not "على من").
_GREETING_PAIRS = frozenset(
    (normalise(a), normalise(b))
    for a, b in (("كيف", "حالك"), ("كيف", "حالكم"), ("كيف", "الحال"), ("ca", "va"), ("على", "الجميع"))
)
# Below this confidence the words after the greeting ask nothing clear, and the message stays a greeting. Tuned on
# the dev held-out and situation files only: at 0.4 more greetings with their own tail went to a topic, at 0.6
# short requests ("salam, ch7al l7rara ghda?") stayed greetings.
MIN_REQUEST_CONFIDENCE = 0.5
# What a greeting's own tail reads as once the greeting is gone, and is no request: a yes or a no ("salam, ah"), a
# blessing or a wish (thank, goodbye: "bonsoir a vous", "salam alikoum, bonne journee"), calling out to whoever
# is there (bot_challenge, human_handoff: "salam, kayn chi 7ed?", "مرحبا، هل أنتم متواجدون؟").
_GREETING_TAILS = frozenset({"greet", "affirm", "deny", "thank", "goodbye", "bot_challenge", "human_handoff"})


def greeting_length(lemmas: Sequence[str]) -> int:
    """How many words open ``lemmas`` as a greeting and its address ("salam a khouya" → 3); 0 without a greeting."""
    if not lemmas or lemmas[0] not in GREETING_WORDS:
        return 0
    size = 0
    while size < len(lemmas):
        if lemmas[size] in GREETING_WORDS or lemmas[size] in ADDRESS_WORDS:
            size += 1
        elif tuple(lemmas[size : size + 2]) in _GREETING_PAIRS:
            size += 2
        else:
            break
    return size


def request_after_greeting(whole: list[dict[str, Any]], rest: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking to keep: ``rest`` (the words after the greeting, read alone) when the whole message reads `greet`
    and those words ask something with enough confidence; otherwise ``whole``.

    The request must also be the whole message's runner-up: the greeting only hides what the classifier already
    half read. Words read alone out of their message ("أنا هنا", "ana Khadija") may look like anything, and a
    reading the whole message did not consider is not trusted (measured on dev: it turned greetings into topics).
    """
    if len(whole) < 2 or not rest or whole[0]["name"] != "greet":
        return whole
    top = rest[0]
    if top["name"] in _GREETING_TAILS or top["confidence"] < MIN_REQUEST_CONFIDENCE or whole[1]["name"] != top["name"]:
        return whole
    return rest
