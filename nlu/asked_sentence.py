"""Where the question of a message stands, before or after the context its writer gives.

"السلام، أنا درازة ف أزيلال. جارتنا قالت ليا بلي اللي فالمساهمة الموحدة عندو لامو كاملة. واش بصح؟ شنو كتغطي بالضبط؟":
people tell a clerk who they are, their trade, town, tax regime and family, then ask. Read whole, the context's words
(a regime, "نتسجل", "نبدا") pull the message to the topic they usually ask; the question is what decides it. The
same when the question comes first: "kifach ntsjel f rna? ana auto-entrepreneur, qrit f centre de formation w khdit
diplome" asks how to register, not whether a diploma lets one.
"""

from __future__ import annotations

import re

# What ends a sentence of context; a comma does not: "نجار فطنجة، كيفاش نتسجل؟" is one sentence.
_SENTENCE_END = re.compile(r"[.!?؟\n]+")
_ASKED = frozenset("?؟")


def asked_from(text: str) -> int | None:
    """The offset where the first sentence that asks (ends with "?") begins, when context stands before it."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if _ASKED & set(end.group()):
            return start if text[:start].strip() else None
        start = end.end() + len(text[end.end() :]) - len(text[end.end() :].lstrip())
    return None


def asked_span(text: str) -> tuple[int, int] | None:
    """The sentences that ask, as (start, end): after a context, to the end of the message (``asked_from``); at the
    start of the message, to the end of the last one that asks, when something is said after it."""
    at = asked_from(text)
    if at is not None:
        return at, len(text)
    last = None
    for end in _SENTENCE_END.finditer(text):
        if _ASKED & set(end.group()):
            last = end.end()
    if last is None or not text[last:].strip():
        return None
    return 0, last
