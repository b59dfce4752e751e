"""Checks on the values editors type into import files. Each returns the clean value or raises ValueError."""

from __future__ import annotations

import datetime as dt
import re

# Morocco including its southern provinces (Lagouira ~20.8 N, -17.1 E; Figuig ~-1.0 E;
# the Mediterranean coast ~35.9 N), with a small margin.
LATITUDE_RANGE = (20.5, 36.0)
LONGITUDE_RANGE = (-17.3, -0.9)

_PHONE_SEPARATORS = re.compile(r"[\s.\-()/]")
_PHONE = re.compile(r"0[5-7]\d{8}|\+212[5-7]\d{8}")
_BOOLEANS = {"true": True, "false": False}


def phone(text: str) -> str | None:
    """A Moroccan landline or mobile number without separators (0522123456, +212522123456); None if empty."""
    if not text:
        return None
    compact = _PHONE_SEPARATORS.sub("", text)
    if not _PHONE.fullmatch(compact):
        raise ValueError(f"phone {text!r} is not a Moroccan number (0 then 5, 6 or 7 and 8 digits, or +212…)")
    return compact


def boolean(text: str) -> bool:
    """``true`` or ``false``, in any case."""
    try:
        return _BOOLEANS[text.strip().lower()]
    except KeyError:
        raise ValueError(f"{text!r} must be true or false") from None


def iso_date(text: str) -> dt.date:
    """A date written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a date written YYYY-MM-DD") from None


def coordinates(latitude: str, longitude: str) -> tuple[float, float] | None:
    """Both numbers inside Morocco, or None when both are empty."""
    if not latitude and not longitude:
        return None
    if not latitude or not longitude:
        raise ValueError("latitude and longitude go together: give both or neither")
    try:
        lat, lon = float(latitude), float(longitude)
    except ValueError:
        raise ValueError(f"latitude/longitude {latitude!r}, {longitude!r} are not numbers") from None
    if not (
        LATITUDE_RANGE[0] <= lat <= LATITUDE_RANGE[1] and LONGITUDE_RANGE[0] <= lon <= LONGITUDE_RANGE[1]
    ):
        raise ValueError(f"latitude/longitude {lat}, {lon} are outside Morocco")
    return lat, lon
