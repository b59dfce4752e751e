"""Checking and tidying what people type into a form: a name, a CIN, a Moroccan mobile number.

People answer in sentences ("smiti Fatima Alaoui", "mon numéro c'est 06…"): the value is taken
out of the sentence, and a sentence that holds none, or two, is refused.
"""

from __future__ import annotations

import re
import unicodedata

from hirfa.text import normalise, strip_ignorable

MAX_NAME_LENGTH = 80
_CIN = re.compile(r"^([A-Z]{1,2})(\d{4,6})$")
_MOBILE = re.compile(r"^0[67]\d{8}$")
_NAME_PUNCTUATION = set(" '-.’")
# The same patterns inside a sentence: letters glued to the digits or not ("K 334455"), a mobile written
# in any of the ways clean_mobile accepts.
_CIN_IN_TEXT = re.compile(r"(?<![a-z0-9])([a-z]{1,2})[\s\-.]?(\d{4,6})(?![a-z0-9])")
_MOBILE_IN_TEXT = re.compile(r"(?<![\d+])(?:\+212|00212|212|0)[\s.\-]?[67](?:[\s.\-()]?\d){8}(?!\d)")
# What people put before their name ("smiti", "اسمي", "je m'appelle") or before any answer ("oui,", "ah").
# Normalised (hirfa.text) word sequences; the longest that starts the answer is dropped, repeatedly.
_NAME_LEAD_INS = tuple(
    tuple(normalise(phrase).split())
    for phrase in (
        "smiti", "smyti", "smiyti", "ana smiti", "ismi", "esmi", "smia dyali", "smiya dyali",
        "سميتي", "انا سميتي", "اسمي", "انا اسمي", "اسمي هو", "الاسم", "الاسم ديالي", "سمية ديالي",
        "je m'appelle", "moi c'est", "c'est", "mon nom est", "mon nom c'est", "mon nom", "nom", "je suis",
        "oui", "ah", "wah", "iyeh", "ewa", "ok", "نعم", "اه", "ايه", "واه",
    )
)


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


def name_in_answer(text: str) -> str:
    """The answer without the words people put before a name ("smiti Fatima Alaoui" → "Fatima Alaoui")."""
    words = strip_ignorable(text).split()
    while words:
        folded = [normalise(w).strip(",:;.!-") for w in words]
        lead = max((n for n in _NAME_LEAD_INS if tuple(folded[: len(n)]) == n), key=len, default=None)
        if lead is None or len(lead) == len(words):
            break
        words = words[len(lead):]
    return " ".join(words).strip(",:;.!- ")


def find_cin(text: str) -> str | None:
    """The one CIN in ``text``, typed alone or inside a sentence ("ma CIN: K 334455"), or None."""
    alone = clean_cin(text)
    if alone:
        return alone
    found = {(m[1] + m[2]).upper() for m in _CIN_IN_TEXT.finditer(normalise(text))}
    return found.pop() if len(found) == 1 else None


def find_mobile(text: str) -> str | None:
    """The one mobile number in ``text``, typed alone or inside a sentence, or None."""
    alone = clean_mobile(text)
    if alone:
        return alone
    found = {clean_mobile(m[0]) for m in _MOBILE_IN_TEXT.finditer(normalise(text))} - {None}
    return found.pop() if len(found) == 1 else None


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
