"""A request taken back inside the message: what follows the correction is what is asked.

"بغيت الكارط المهنية لا ماشي هي بغيت نعرف كيفاش ندخلو فلامو", "بغيت قرض لا ماشي قرض بغيت تكوين فالميكانيك", "combien
coûte la carte, non pardon, je veux la liste des papiers": people write as they speak, and correct the first wish in
the same message rather than send another. Read whole, both wishes pull, and the first one, named first and often
by its own strong word (the card, a loan), usually wins. A phrase that takes back what was said ("لا ماشي", "لا
سمحلي", "قصدي", "non pardon", "je voulais dire"), after a few words of a first wish and before a few words of
another, leaves the intent to the words after it, read alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.question_words import QUESTION_WORDS
from hirfa.text import normalise, says_any
from nlu.refusal_opening import WANT_WORDS
from nlu.register_question import registering

# Phrases that take back what was just said (normalised, word by word). Not "لا" alone, which negates as often; not
# "pardon" alone, which opens a message ("pardon, je cherche la chambre").
_TAKING_BACK = tuple(
    tuple(normalise(phrase).split())
    for phrase in (
        "لا ماشي", "لا لا", "لا سمحلي", "لا سمح ليا", "لا سمح لي", "لا سمحيلي", "لا انسى", "لا نسا", "لا انساو",
        "لا نساو", "لا قصدي", "قصدي", "لا بل", "عفوا أقصد", "la machi", "la mashi", "la la", "la smhli", "la sm7li",
        "la smh li", "la nsa", "9sdi", "qsdi", "9asdi", "non pardon", "non en fait", "non attendez", "non attends",
        "enfin non", "non plutot", "ou plutot", "je voulais dire", "oups", "je me suis trompe", "je me suis trompee",
    )
)
# Words of the first wish before the phrase, and of the other after it: "لا لا" after one word ("wach la la …") is
# hesitation, and a phrase closing the message corrects nothing that can be read.
BEFORE, AFTER = 2, 3
# The other wish opens what follows: a want among its first WANT_REACH words ("لا سمحلي قبل منها بغيت نعرف…"), a
# question among its first ASKED_REACH ("non pardon, quels papiers…"), or a verb of registering first. A correction of a detail ("عندو 19 عام… لا سمح
# ليا 20 عام", "ماشي الراميد، قصدي لامو", "لا، قصدي السجل الوطني") leaves the wish as it was.
WANT_REACH, ASKED_REACH = 3, 2


# The phrases by their first word: on every message, only a word that opens one is looked at further.
_BY_FIRST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(p for p in _TAKING_BACK if p[0] == first) for first in {p[0] for p in _TAKING_BACK}
}


# A message that opens by taking back what the assistant understood ("la la machi amo, ana kansewel 3la la retraite",
# "لا لا ماشي لامو، بغيت نتسجل فالسجل"): the topic denied is the one or two words after "not", then the wish asked.
_NOT = frozenset(normalise(w) for w in ("machi", "mashi", "ماشي", "pas", "مشي"))
NOT_TOPIC_REACH = 2
# Asking, in the first person ("kansewel 3la", "كنسول على", "je demande pour"): the other wish too.
_ASKING = frozenset(
    normalise(w) for w in ("kansewel", "kansowel", "kans2el", "كنسول", "كنسأل", "nsewel", "نسول", "demande", "أسأل", "اسأل")
)
# The first words of a wish after such an opening: a want, a question, or asking.
_OPENS_A_WISH = WANT_WORDS | QUESTION_WORDS | _ASKING


def _opening_correction(lemmas: Sequence[str]) -> int:
    """Where the wish starts after an opening "no no, not X" (0 when the message does not open so)."""
    for phrase in _BY_FIRST_WORD.get(lemmas[0] if lemmas else "", ()):
        end = len(phrase)
        if tuple(lemmas[:end]) != phrase or end >= len(lemmas) or lemmas[end] not in _NOT:
            continue
        # The wish opens at its own word: a want, a question, a verb of registering or of asking, a word or two past
        # the topic ("ana kansewel…").
        for start in range(end + 2, end + 2 + 2 * NOT_TOPIC_REACH):
            rest = lemmas[start:]
            if len(rest) >= AFTER and (says_any(rest[:1], _OPENS_A_WISH) or registering(rest[0])):
                return start
    return 0


def corrected_from(lemmas: Sequence[str]) -> int:
    """Where the other wish starts, after the last phrase that takes back a first one (0 when there is none): at its
    want when one opens it ("لا ماشي كريدي بغيت تكوين": not the loan taken back), else right after the phrase; or
    after an opening "no, not X" that takes back what the assistant understood."""
    found = _opening_correction(lemmas)
    for at in range(BEFORE, len(lemmas)):
        for phrase in _BY_FIRST_WORD.get(lemmas[at], ()):
            end = at + len(phrase)
            if tuple(lemmas[at:end]) == phrase and len(lemmas) - end >= AFTER and _another_wish(lemmas[end:]):
                wants = [end + k for k, w in enumerate(lemmas[end : end + WANT_REACH]) if says_any([w], WANT_WORDS)]
                found = wants[0] if wants else end
    return found


def _another_wish(rest: Sequence[str]) -> bool:
    # "…لا ماشي هادي، قصدي نتسجل فالسجل": a verb of registering right after is the other wish too.
    return (
        says_any(rest[:WANT_REACH], WANT_WORDS) or says_any(rest[:ASKED_REACH], QUESTION_WORDS) or registering(rest[0])
    )


def rerank(whole: list[dict[str, Any]], rest: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rest`` (the words after the correction, read alone) when they ask a topic; otherwise ``whole``."""
    if not whole or not rest or rest[0]["name"] in _NO_TOPIC:
        return whole
    return rest


# What the corrected words may read without asking anything: the whole message's reading stays.
_NO_TOPIC = frozenset({"nlu_fallback", "out_of_scope", "greet", "goodbye", "affirm", "deny", "thank"})
