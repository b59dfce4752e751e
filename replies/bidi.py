"""Keeping left-to-right runs readable inside right-to-left text.

A phone number, a CIN or a URL inside an Arabic sentence is reordered by the Unicode
bidi algorithm ("AB 12345" can show as "12345 AB"); wrapping each run in a first-strong
isolate (U+2068 … U+2069) keeps it intact wherever it is shown.
"""

from __future__ import annotations

import re

FSI, PDI = "\u2068", "\u2069"
_ISOLATED = re.compile(f"{FSI}[^{PDI}]*{PDI}")
# A run starts and ends on a Latin letter or digit; inside it may hold the punctuation
# of numbers, e-mails and URLs, and spaces followed by more of the run ("CNSS 3939").
_LTR_RUN = re.compile(
    r"[+]?[A-Za-z0-9](?:[A-Za-z0-9.,:/@_%+\-]*[A-Za-z0-9%]|)(?:\s+[+]?[A-Za-z0-9](?:[A-Za-z0-9.,:/@_%+\-]*[A-Za-z0-9%]|))*"
)


def isolate(value: str) -> str:
    """Wrap a whole inserted value (a name, a reference) in an isolate."""
    return f"{FSI}{value}{PDI}"


def isolate_ltr_runs(text: str) -> str:
    """Wrap every Latin/digit run of ``text`` that is not already isolated; idempotent."""
    pieces, last = [], 0
    for m in _ISOLATED.finditer(text):
        pieces.append(_LTR_RUN.sub(lambda r: isolate(r.group()), text[last : m.start()]))
        pieces.append(m.group())
        last = m.end()
    pieces.append(_LTR_RUN.sub(lambda r: isolate(r.group()), text[last:]))
    return "".join(pieces)
