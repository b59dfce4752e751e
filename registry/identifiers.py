"""Identifiers that people type back to the assistant: request references and CIN numbers."""

from __future__ import annotations

import re
import secrets

# No 0/O, 1/I/L: people read references aloud and copy them from screenshots.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_PREFIX = "H-"
REFERENCE_LENGTH = 6
REFERENCE_PATTERN = re.compile(rf"H-[{REFERENCE_ALPHABET}]{{{REFERENCE_LENGTH}}}")

_SPACES = re.compile(r"\s+")


def new_reference() -> str:
    """A fresh random reference such as ``H-7KQ2ZD`` (uniqueness is checked by the caller)."""
    suffix = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return REFERENCE_PREFIX + suffix


def normalise_reference(text: str) -> str:
    """The stored form of a typed reference: no spaces, upper case, the dash restored if left out."""
    folded = _SPACES.sub("", text).upper()
    if len(folded) == len(REFERENCE_PREFIX) - 1 + REFERENCE_LENGTH and folded.startswith("H"):
        folded = REFERENCE_PREFIX + folded[1:]
    return folded


def normalise_cin(text: str) -> str:
    """The stored form of a national ID card number: no spaces, upper case."""
    return _SPACES.sub("", text).upper()
