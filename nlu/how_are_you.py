"""Asking how the reader is ("ça va ?", "واش راك", "اهلا وسهلا، كيفكم اليوم؟", "ازيك عامل ايه") is a greeting.

The classifier reads these short messages through their other words: "ça va" also says "ok" (affirm), "واش راك"
opens "are you a robot?" (bot_challenge), the Egyptian "ايه" is the Darija "yes", and "اليوم" is frequent out of
scope. So the message is read, not learned (26 greet examples of the kind were measured in round 27 and lost more
than they won): when every word of it is a greeting, a "how are you", an address or a word of the day and of being
well, and a "how are you" is there, it is a greeting. One word of anything else ("wach rak robot?", "كيف حالك
مع التسجيل") leaves the classifier's reading alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise
from nlu.greeting_aside import ASIDE_WORDS
from nlu.greeting_opening import GREETING_WORDS
from nlu.politeness import ADDRESS_WORDS
from nlu.register_wish import ahead

GREET = "greet"


def _phrases(*phrases: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalise(word) for word in phrase.split()) for phrase in phrases)


# Matched on normalised lemmas (hirfa.text.normalise), as the tokenizer splits them ("comment allez-vous" is three).
HOW_ARE_YOU = _phrases(
    # French and English.
    "ca va", "comment allez vous", "comment vas tu", "comment tu vas", "vous allez bien", "tu vas bien",
    "quoi de neuf", "la forme", "how are you",
    # Darija, in both scripts.
    "واش راك", "واش راكي", "واش راكم", "كي داير", "كيداير", "كي دايره", "كيدايره", "كي دايرين", "كيدايرين",
    "كيف داير", "كيف دايره", "كيف دايرين", "لاباس عليك", "لاباس عليكم", "اش خبارك", "اشخبارك", "شنو اخبارك",
    "wach rak", "wach raki", "wach rakom", "wash rak", "kidayr", "kidayra", "kidayrin", "ki dayr", "ki dayra",
    "kif dayr", "kif dayra", "kifach dayr", "ach khbarek", "ach khbarik", "chno akhbarek",
    # Arabic, and the Egyptian, Levantine and Gulf forms said to the assistant.
    "كيف حالك", "كيف حالكم", "كيف حالكن", "كيف الحال", "كيف الصحه", "كيف اخبارك", "ما اخبارك", "كيفك",
    "كيفكم", "كيفكن", "ازيك", "ازيكم", "عامل ايه", "عامله ايه", "شلونك", "شلونكم", "شخبارك", "شو اخبارك",
    # How the day or things go, asked of the reader.
    "كيف تسير الامور", "كيف تجري الامور", "كيف كان يومك", "كيف كان يومكم", "كيف هو يومك", "كيف هو يومكم",
    "كيف يومك", "كيف يومكم", "comment se passe votre journee", "comment se passe ta journee",
    "comment s est passee votre journee", "comment s est passee ta journee", "kidayra l7ala", "kif dayra l7ala",
    "كيدايره الحاله", "كي دايره الحاله",
)
_LONGEST = max(len(phrase) for phrase in HOW_ARE_YOU)
# What may stand beside a "how are you" and asks nothing more: what may stand beside a greeting (the day, the reader
# or the assistant named), being well, "and you", "with you", God.
_ALONGSIDE = ASIDE_WORDS | frozenset(
    normalise(word)
    for word in (
        "هاد", "النهار", "بخير", "مزيان", "الحمد", "لله", "الله", "و", "وانت", "وانتي", "انت", "انتي",
        "نتا", "نتي", "انتم", "lyoum", "lyom", "nhar", "bikhir", "bkhir", "mzyan", "hamdullah", "lhamdulillah",
        "nta", "nti", "ntouma", "wnta", "wnti", "aujourd", "hui", "ce", "matin", "soir", "bien", "et", "toi",
        "vous", "today", "عندكم", "عندك", "معاك", "معاكم", "m3ak", "m3akom", "chez", "pour", "assistant", "bot",
    )
)


def _phrase_at(lemmas: Sequence[str], i: int) -> int:
    """The length of the "how are you" that starts at ``lemmas[i]``, the longest first; 0 when none does."""
    for size in range(min(_LONGEST, len(lemmas) - i), 0, -1):
        if tuple(lemmas[i : i + size]) in HOW_ARE_YOU:
            return size
    return 0


def asks_how_you_are(lemmas: Sequence[str], text: str) -> bool:
    """Whether the message only greets and asks how the reader is.

    A bare "ça va" also agrees ("ça va, on continue": affirm): it asks only with a question mark or a greeting.
    """
    asked, greeted, i = [], False, 0
    while i < len(lemmas):
        if size := _phrase_at(lemmas, i):
            asked.append(tuple(lemmas[i : i + size]))
            i += size
        elif lemmas[i] in GREETING_WORDS or lemmas[i] in ADDRESS_WORDS or lemmas[i] in _ALONGSIDE:
            greeted = greeted or lemmas[i] in GREETING_WORDS
            i += 1
        else:
            return False
    if asked and all(phrase == ("ca", "va") for phrase in asked):
        return greeted or "?" in text or "؟" in text
    return bool(asked)


def rerank(lemmas: Sequence[str], text: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with greet first when the message only asks how the reader is."""
    if not ranking or ranking[0]["name"] == GREET or not asks_how_you_are(lemmas, text):
        return ranking
    return ahead(GREET, ranking)
