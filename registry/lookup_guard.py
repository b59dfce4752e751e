"""Slowing down status-lookup guessing: misses counted per sender, per reference and per CIN.

A guesser can change accounts, or ``forget_me`` themselves, so counting per sender alone is not
enough: the reference and the CIN tried are counted too. Each is stored as an HMAC-SHA256 under
HIRFA_HASH_KEY, so the counters identify no one and outlive a ``forget_me``. After
``THRESHOLD`` misses within ``LOOKBACK``, lookups with that sender, reference or CIN pause for
``FIRST_PAUSE``, doubled by every further miss (up to ``LONGEST_PAUSE``); a lookup refused
during a pause is not checked, so it teaches the guesser nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from registry import queries
from registry.identifiers import keyed_hash, normalise_cin, normalise_reference
from registry.models import RegistrationRequest
from registry.types import as_utc

THRESHOLD = 3
FIRST_PAUSE = timedelta(minutes=15)
LONGEST_PAUSE = timedelta(hours=24)
LOOKBACK = timedelta(hours=24)


def miss_keys(secret: str, sender_id: str, reference: str, cin: str) -> tuple[str, ...]:
    """The keyed hashes a lookup is counted under: its sender, its reference and its CIN (as read)."""
    values = [
        ("sender", sender_id),
        ("reference", normalise_reference(reference or "") or ""),
        ("cin", normalise_cin(cin or "")),
    ]
    return tuple(keyed_hash(secret, kind, value) for kind, value in values if value)


def pause(misses: int) -> timedelta:
    """How long lookups wait after the latest of ``misses`` misses (zero below the threshold)."""
    if misses < THRESHOLD:
        return timedelta(0)
    return min(FIRST_PAUSE * 2 ** min(misses - THRESHOLD, 16), LONGEST_PAUSE)


def paused_until(session: Session, keys: tuple[str, ...], now: datetime) -> datetime | None:
    """When lookups with any of ``keys`` may resume, or None if they may run now."""
    now = as_utc(now)
    latest: datetime | None = None
    for misses, last in queries.lookup_misses_since(session, keys, now - LOOKBACK).values():
        until = last + pause(misses)
        if until > now and (latest is None or until > latest):
            latest = until
    return latest


@dataclass(frozen=True)
class Lookup:
    """What a status lookup found: the request, or nothing; ``paused`` when it was not even checked."""

    request: RegistrationRequest | None
    paused: bool = False


def look_up(session: Session, secret: str, sender_id: str, reference: str, cin: str, now: datetime) -> Lookup:
    """The request with this reference and CIN, unless guessing paused lookups with them; a miss is counted."""
    keys = miss_keys(secret, sender_id, reference, cin)
    if paused_until(session, keys, now) is not None:
        return Lookup(None, paused=True)
    request = queries.find_request(session, reference, cin)
    if request is None:
        queries.record_lookup_failure(session, keys, now)
    return Lookup(request)
