"""Keeping left-to-right runs readable inside right-to-left text.

A phone number, a CIN or a URL inside an Arabic sentence is reordered by the Unicode
bidi algorithm ("AB 12345" can show as "12345 AB"); wrapping each run in a first-strong
isolate (U+2068 … U+2069) keeps it intact wherever it is shown.

A run must be taken whole: isolating "R" and "fam" of "Réfam" apart shows "famR" in a
right-to-left paragraph, as does cutting "d'exercice" at its apostrophe. So a run is
made of Latin letters (any Latin letter, with its combining marks: "é" written as
"e" + U+0301 too) and digits; between them it may hold apostrophes, hyphens, dots,
slashes and the punctuation of numbers, e-mails and URLs, and spaces between words
("Réfam Dar Maalma", "CNSS 3939", "+212 6 12 34 56 78"); spaces around that punctuation
("CNSS - 3939") keep it whole too, as the bidi algorithm itself would. A run never crosses a line.

An inserted value is isolated whole by the renderer and left as it is here, so Latin text
written right against a placeholder ("Dar {city}") would show as two runs in right-to-left
order: catalog strings do not do that (tests/replies/test_bidi.py checks every one).
"""

from __future__ import annotations

import re
import unicodedata

FSI, PDI = "\u2068", "\u2069"
# An isolate already in the text (an inserted value; LRI, RLI or FSI to PDI) is left as it is.
_ISOLATED = re.compile("[\u2066-\u2068][^\u2069]*\u2069")


def _char_class(codepoints: list[int]) -> str:
    """A regex character class body for these code points, as ranges."""
    ranges: list[list[int]] = []
    for cp in codepoints:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    )


# Every Latin script letter is below U+20000 (Basic Latin to Latin Extended-G).
_CHARS = [chr(cp) for cp in range(0x20000)]
_LATIN = _char_class(
    [ord(c) for c in _CHARS if unicodedata.category(c).startswith("L") and "LATIN" in unicodedata.name(c, "")]
)
_MARKS = _char_class([ord(c) for c in _CHARS if unicodedata.category(c) in ("Mn", "Mc", "Me")])
del _CHARS

_UNIT = f"[{_LATIN}0-9][{_MARKS}]*"
_SPACE = "[ \t\u00a0\u2009\u202f]"  # spaces within a line, including the ones numbers are grouped with
# Joining punctuation: apostrophes, hyphens (and the en dash of "2020–2022"), dots, slashes,
# and what numbers, e-mails and URLs hold (: @ _ % + , and a query's ? = & # ~).
_PUNCT = "['\u2019\\-\u2010\u2011\u2013./:@_%+,?=&#~]"
_JOIN = f"(?:{_SPACE}*{_PUNCT}+{_SPACE}*|{_SPACE}+)"
_LTR_RUN = re.compile(
    # A phone number keeps its leading "+", a rate its "%" ("6,37 %"), a prefix its hyphen ("H- then").
    f"(?:\\+(?=[0-9]))?(?:{_UNIT})+(?:{_JOIN}(?:{_UNIT})+)*(?:{_SPACE}?%|[-\u2010\u2011](?=\\s|$))?"
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
