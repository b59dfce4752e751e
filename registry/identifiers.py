"""Identifiers that people type back to the assistant: request references and CIN numbers."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from hirfa.text import strip_ignorable

# No 0/O, 1/I/L: people read references aloud and copy them from screenshots.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_PREFIX = "H-"
REFERENCE_LENGTH = 6
REFERENCE_PATTERN = re.compile(rf"H-[{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}}")

_SPACES = re.compile(r"\s+")
# What a typed reference may hold once spaces and invisible characters are gone: the dash
# (or the hyphen, minus or en dash a keyboard puts instead) is optional.
_TYPED_REFERENCE = re.compile(rf"H-?([{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}})")
_TYPED = str.maketrans(
    {
        **{0x0660 + d: str(d) for d in range(10)},  # Arabic-Indic digits
        **{0x06F0 + d: str(d) for d in range(10)},  # Extended Arabic-Indic digits
        **dict.fromkeys([0x2010, 0x2011, 0x2013, 0x2212], "-"),
    }
)


def new_reference() -> str:
    """A fresh random reference such as ``H-7KQ2ZD`` (uniqueness is checked by the caller)."""
    suffix = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return REFERENCE_PREFIX + suffix


def normalise_reference(text: str) -> str | None:
    """The canonical form (``H-7K2P9Q``) of a typed reference, or None if ``text`` is not one.

    The one place where a typed reference is read: any case, with or without the dash, spaces
    anywhere, Arabic-Indic or Extended Arabic-Indic digits, and the invisible characters that
    pasting brings (zero-width, bidi marks) are accepted; nothing else is. No spelling
    normalisation: "H-KKK234" is a reference, not a stretched word.
    """
    compact = "".join(strip_ignorable(text).split()).translate(_TYPED)
    if not compact.isascii():  # before upper(): "ſ" and "ﬀ" upper-case to ASCII letters
        return None
    match = _TYPED_REFERENCE.fullmatch(compact.upper())
    return REFERENCE_PREFIX + match.group(1) if match else None


def normalise_cin(text: str) -> str:
    """The stored form of a national ID card number: no spaces, upper case."""
    return _SPACES.sub("", text).upper()


def keyed_hash(secret: str, kind: str, value: str) -> str:
    """HMAC-SHA256 of ``value`` under ``secret``, hex: it finds or counts an identifier without naming it.

    ``kind`` separates the uses ("cin" for lookup misses, "request-cin" for the stored requests), so a
    hash from one table never matches another's.
    """
    return hmac.new(secret.encode(), f"{kind}\0{value}".encode(), hashlib.sha256).hexdigest()
