"""Politeness words ("3afak", "lah ykhlik", "عافاك", "الله يخليك", "من فضلك"): they soften any request and
say nothing of its topic, so the intent classifier reads a message without them.

"sjlni lah ykhlik" asks to be registered, not to thank; "fin nsajel 3afak" asks how to register. The words stay
when they are all the message says ("lah ykhlik" alone thanks), or when what remains is only a way of addressing
someone ("الله يخليك آ خويا"). "God keep you" (lah ykhlik, الله يخليك) also thanks: opening a message ("allah ykhlik,
3awntini bzaf") it is the thanks itself, and stays; after a request it is "please". The Latin request markers
("stp", "svp", "please") likewise: "inscription stp" asks about registering, it does not stop anything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hirfa.text import normalise

# Matched on normalised lemmas (hirfa.text.normalise): no hamza, ة as ه, no accents, letters not stretched.
# "s'il vous plaît" is read through its "plait". Not "merci", which thanks on its own and is learned from examples.
_LATIN = ("svp", "stp", "stpl", "svpl", "svpp", "stpp", "plait", "please", "pls", "plz")
_DARIJA = ("3afak", "3afakom", "3afakoum", "afak", "3fak", "3afek", "3afik", "عافاك", "عفاك", "عافاكم", "عفاكم", "عافاكي")
_ONE_WORD = re.compile(f"^(?:{'|'.join(_LATIN + _DARIJA)})$")
# "lah ykhlik", "allah y5alik", "الله يخليك", "من فضلك".
_FIRST_OF_TWO = re.compile(r"^(?:a?l+a+h|الله|الاه|من)$")
_SECOND_OF_TWO = re.compile(
    r"^(?:i?y?(?:kh|5)[ae]?l+[ie]?k(?:om|oum|um|i)?|يخليك|يخليكم|يخليكي|فضلك|فضلكم|فضلكي)$"
)
# MSA "if you allow": "لو سمحت", "لو سمحتم"; "لو" alone is "if" and stays.
_IF = normalise("لو")
_ALLOW = frozenset(normalise(w) for w in ("سمحت", "سمحتم", "سمحتي", "سمحتو", "تسمح", "تسمحون", "تسمحي"))
# MSA blessings after a request, read as its "please": "جزاكم الله خيرا", "جزاك الله كل خير", "بارك الله فيكم".
_BLESS = frozenset(normalise(w) for w in ("جزاك", "جزاكم", "جزاكي", "بارك"))
_GOD = normalise("الله")
_BLESSING_END = frozenset(normalise(w) for w in ("خيرا", "خير", "فيك", "فيكم", "فيكي"))
_BLESSED = normalise("بارك")
# One word before a blessing is praise or thanks ("أحسنت، جزاك الله خيرا", "شكرا جزاكم الله خيرا"), which the blessing
# goes on; a request takes at least two ("أعطني مستشارا جزاكم الله خيرا").
_REQUEST_BEFORE_BLESSING = 2
_FROM_US = frozenset(normalise(w) for w in ("عنا", "عني"))
_ALL = frozenset({normalise("كل")})
# Every word of politeness, alone or in a pair: they may stand around a lone name or trade (nlu.entity_answer).
POLITENESS_WORDS = frozenset(_LATIN + _DARIJA + ("فضلك", "يخليك", "الله", "لو", "سمحت", "رجاء", "يرحم", "والديك"))
# Ways of addressing someone: with politeness only, they make no request of their own.
ADDRESS_WORDS = frozenset(
    "a ya aw khoya khouya khti khtie sahbi sidi lalla madame monsieur m ا يا خويا اختي ختي صاحبي سيدي لالة".split()
)


def without_politeness(lemmas: Sequence[str]) -> list[str]:
    """``lemmas`` without their politeness words, unless nothing but politeness and address would remain."""
    kept: list[str] = []
    i = 0
    while i < len(lemmas):
        size = _politeness_at(lemmas, i)
        if size:
            i += size
            continue
        kept.append(lemmas[i])
        i += 1
    if len(kept) == len(lemmas) or not any(lemma not in ADDRESS_WORDS for lemma in kept):
        return list(lemmas)
    return kept


def has_politeness(lemmas: Sequence[str]) -> bool:
    """Whether ``without_politeness`` leaves words out of ``lemmas``."""
    return len(without_politeness(lemmas)) != len(lemmas)


def _politeness_at(lemmas: Sequence[str], i: int) -> int:
    """How many words of politeness start at ``i`` (0 when none)."""
    if _ONE_WORD.match(lemmas[i]):
        return 1
    if i > 0 and i + 1 < len(lemmas) and _FIRST_OF_TWO.match(lemmas[i]) and _SECOND_OF_TWO.match(lemmas[i + 1]):
        return 2
    if i + 1 < len(lemmas) and lemmas[i] == _IF and lemmas[i + 1] in _ALLOW:
        return 2
    return _blessing_at(lemmas, i)


def _blessing_at(lemmas: Sequence[str], i: int) -> int:
    """How many words of an MSA blessing said after a request start at ``i`` (0 when none, or when it opens
    the message or follows a single word)."""
    if i < _REQUEST_BEFORE_BLESSING or i + 1 >= len(lemmas) or lemmas[i] not in _BLESS or lemmas[i + 1] != _GOD:
        return 0
    end = i + 2
    if lemmas[i] == _BLESSED:
        return 3 if end < len(lemmas) and lemmas[end] in _BLESSING_END else 0
    # "جزاكم الله", then "عنا"/"عني" and "كل" may come before "خيرا"/"خير".
    for optional in (_FROM_US, _ALL):
        if end < len(lemmas) and lemmas[end] in optional:
            end += 1
    if end < len(lemmas) and lemmas[end] in _BLESSING_END:
        return end + 1 - i
    return 2 if end == i + 2 else 0
