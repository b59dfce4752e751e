"""Politeness words ("3afak", "lah ykhlik", "stp", "عافاك", "الله يخليك", "من فضلك"): they soften any request and
say nothing of its topic, so the intent classifier reads a message without them.

"sjlni lah ykhlik" asks to be registered, not to thank; "fin nsajel 3afak" asks how to register. The words stay
when they are all the message says ("lah ykhlik" alone thanks), or when what remains is only a way of addressing
someone ("الله يخليك آ خويا").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Matched on normalised lemmas (hirfa.text.normalise): no hamza, ة as ه, no accents, letters not stretched.
_ONE_WORD = re.compile(
    r"^(?:3afak|3afakom|3afakoum|afak|3fak|3afek|3afik|stp|svp|plz|please|عافاك|عفاك|عافاكم|عفاكم|عافاكي)$"
)
# "lah ykhlik", "allah y5alik", "الله يخليك", "الله يرحم الوالدين", "من فضلك", "s'il te plaît".
_FIRST_OF_TWO = re.compile(r"^(?:a?l+a+h|الله|الاه|من)$")
_SECOND_OF_TWO = re.compile(
    r"^(?:i?y?(?:kh|5)[ae]?l+[ie]?k(?:om|oum|um|i)?|يخليك|يخليكم|يخليكي|فضلك|فضلكم|فضلكي)$"
)
_FRENCH_PLEASE = (("s", "il", "te", "plait"), ("s", "il", "vous", "plait"), ("si", "te", "plait"))
# Ways of addressing someone: with politeness only, they make no request of their own.
_ADDRESS = frozenset(
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
    if len(kept) == len(lemmas) or not any(lemma not in _ADDRESS for lemma in kept):
        return list(lemmas)
    return kept


def _politeness_at(lemmas: Sequence[str], i: int) -> int:
    """How many words of politeness start at ``i`` (0 when none)."""
    if _ONE_WORD.match(lemmas[i]):
        return 1
    if i + 1 < len(lemmas) and _FIRST_OF_TWO.match(lemmas[i]) and _SECOND_OF_TWO.match(lemmas[i + 1]):
        return 2
    for phrase in _FRENCH_PLEASE:
        if tuple(lemmas[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0
