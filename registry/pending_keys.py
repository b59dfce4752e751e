"""Per-conversation keys for answers pending consent: made when a personal answer comes, gone soon after.

A key lives at most ``LIFETIME`` from its creation; it is deleted when the form ends (recorded,
refused, left), when the user is forgotten, or by the next ``make_key`` after it expired. What it
encrypted is then unreadable: deleting the key is deleting the answers (crypto-shredding).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from cryptography.fernet import Fernet
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from registry.models import PendingAnswerKey
from registry.types import as_utc

LIFETIME = timedelta(hours=1)


def current_key(session: Session, sender_id: str, now: datetime) -> str | None:
    """The conversation's key if it has one that has not expired (an expired one is deleted now)."""
    row = session.get(PendingAnswerKey, sender_id)
    if row is None:
        return None
    if as_utc(row.expires_at) <= as_utc(now):
        session.delete(row)
        session.flush()
        return None
    return row.key


def make_key(session: Session, sender_id: str, now: datetime) -> str:
    """The conversation's key, made now if it has none (an expired one is replaced, as are all expired keys)."""
    key = current_key(session, sender_id, now)
    if key is not None:
        return key
    delete_expired(session, now)
    session.execute(delete(PendingAnswerKey).where(PendingAnswerKey.sender_id == sender_id))
    key = Fernet.generate_key().decode("ascii")
    row = PendingAnswerKey(sender_id=sender_id, key=key, created_at=as_utc(now), expires_at=as_utc(now) + LIFETIME)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        # Another server made it meanwhile (the lock store serialises a conversation; this is belt and braces).
        return session.execute(
            select(PendingAnswerKey.key).where(PendingAnswerKey.sender_id == sender_id)
        ).scalar_one()
    return key


def delete_key(session: Session, sender_id: str) -> int:
    """Forget the conversation's key, and with it every answer it encrypted; how many keys were deleted."""
    return session.execute(delete(PendingAnswerKey).where(PendingAnswerKey.sender_id == sender_id)).rowcount


def delete_expired(session: Session, now: datetime) -> int:
    """Delete every key past its expiry; how many."""
    return session.execute(delete(PendingAnswerKey).where(PendingAnswerKey.expires_at <= as_utc(now))).rowcount
