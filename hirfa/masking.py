"""Hiding national ID card numbers (CIN), phone numbers and known names in texts shown to staff.

Used by the help desk's pages (staff/) and by the handoff records the actions write (actions/handoff.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# People type Arabic-Indic digits too; matching is done on a copy with ASCII digits, of the same
# length, so that positions found there are positions in the original text.
_ASCII_DIGITS = str.maketrans(
    {**{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)}}
)
_SEPARATOR = r"[ .\-]?"
# A Moroccan number: 0 then 5, 6 or 7 and eight digits, or the same after +212, 00212 or 212,
# with the spaces, dots or dashes people put between digits.
_PHONE = re.compile(
    rf"(?<![0-9A-Za-z+])(?:(?P<international>(?:\+|00)?212){_SEPARATOR}|(?P<national>0))"
    rf"(?P<digits>[5-7](?:{_SEPARATOR}\d){{8}})(?![\d])"
)
# A CIN: one or two letters, then four to six digits or a mistyped few more (AB123456, ab123456);
# a space or dash after the letters only in capitals ("AB 123456"), or "in 2024" and "le 15000" would be hidden too.
_CIN = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,2}|[A-Z]{1,2}[ \-])\d{4,8}(?![0-9])")
VISIBLE_DIGITS = 2
MASK = "*"
# What a known name becomes.
HIDDEN = "•••"
MIN_KNOWN_WORD = 3


def _hide_digits(text: str, keep_first: int, keep_last: int) -> str:
    """``text`` with its digits starred except the first ``keep_first`` and last ``keep_last``."""
    positions = [index for index, char in enumerate(text) if char.isdigit()]
    hidden = set(positions[keep_first : len(positions) - keep_last])
    return "".join(MASK if index in hidden else char for index, char in enumerate(text))


def _spans(ascii_text: str) -> list[tuple[int, int, int]]:
    """(start, end, how many leading digits stay visible) of each number to hide, in order."""
    found = []
    for match in _PHONE.finditer(ascii_text):
        # 06******12 keeps the 0 and the operator digit; +2126*******12 keeps the operator digit.
        keep = (
            1
            + sum(char.isdigit() for char in (match.group("international") or ""))
            + (1 if match.group("national") else 0)
        )
        found.append((match.start(), match.end(), keep))
    taken = [(start, end) for start, end, _ in found]
    for match in _CIN.finditer(ascii_text):
        if not any(start < match.end() and match.start() < end for start, end in taken):
            found.append((match.start(), match.end(), 0))
    return sorted(found)


def mask_personal(text: str) -> str:
    """``text`` with every CIN shown as AB****56 and every phone number as 06******12."""
    if not text:
        return text or ""
    ascii_text = text.translate(_ASCII_DIGITS)
    pieces, done = [], 0
    for start, end, keep in _spans(ascii_text):
        pieces.append(text[done:start])
        pieces.append(_hide_digits(text[start:end], keep, VISIBLE_DIGITS))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def mask_value(value: Any) -> Any:
    """A slot or entity value with its texts masked, however deeply they sit in lists and mappings."""
    if isinstance(value, str):
        return mask_personal(value)
    if isinstance(value, list):
        return [mask_value(item) for item in value]
    if isinstance(value, dict):
        return {key: mask_value(item) for key, item in value.items()}
    return value


def mask_known(text: str, values: Iterable[str]) -> str:
    """``text`` with each of ``values`` (a name the user gave, say) and each of its words hidden, any case.

    Names follow no pattern: only those the conversation gave can be found. Words shorter than
    ``MIN_KNOWN_WORD`` letters are left (an initial, "el", "de" would hide too much).
    """
    words = {
        part
        for value in values
        if value
        for part in [value.strip(), *value.split()]
        if len(part) >= MIN_KNOWN_WORD
    }
    if not text or not words:
        return text or ""
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE,
    )
    return pattern.sub(HIDDEN, text)
