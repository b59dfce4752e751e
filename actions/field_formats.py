"""Checking and tidying what people type into a form: a name, a CIN, a Moroccan mobile number."""

from __future__ import annotations

import re
import unicodedata

from hirfa.text import normalise, strip_ignorable

MAX_NAME_LENGTH = 80
_CIN = re.compile(r"^([A-Z]{1,2})(\d{4,6})$")
_MOBILE = re.compile(r"^0[67]\d{8}$")
_NAME_PUNCTUATION = set(" '-.’")


def clean_name(text: str, min_words: int = 1) -> str | None:
    """The name with spaces tidied, or None if it is not a plausible person's name.

    Letters of any script with spaces, hyphens and apostrophes only: no digits, emoji,
    markup or punctuation that a name never has (which also keeps out SQL and script tags).
    A full name (``min_words=2``) has a first and a last name of two letters or more each.
    """
    name = " ".join(strip_ignorable(text).split())
    if not 2 <= len(name) <= MAX_NAME_LENGTH:
        return None
    if sum(len(word) >= 2 for word in name.split()) < min_words:
        return None
    letters = 0
    for char in name:
        if char in _NAME_PUNCTUATION:
            continue
        if not unicodedata.category(char).startswith(("L", "M")):
            return None
        letters += 1
    return name if letters >= 2 else None


def clean_cin(text: str) -> str | None:
    """The CIN as the card writes it (letters then digits, e.g. BE98765), or None."""
    compact = re.sub(r"[\s\-.]", "", normalise(text)).upper()
    return compact if _CIN.match(compact) else None


def clean_mobile(text: str) -> str | None:
    """A Moroccan mobile number in national form (06/07 and 8 digits), or None."""
    compact = re.sub(r"[\s\-.()]", "", normalise(text))
    if compact.startswith("+212"):
        compact = "0" + compact[4:]
    elif compact.startswith("00212"):
        compact = "0" + compact[5:]
    elif compact.startswith("212") and len(compact) == 12:
        compact = "0" + compact[3:]
    return compact if _MOBILE.match(compact) else None


def mask(value: str, visible: int = 2) -> str:
    """Hide all but the last characters of a CIN or phone number, for logs and staff views."""
    return "•" * max(len(value) - visible, 0) + value[-visible:]
