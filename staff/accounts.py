"""Staff accounts: creating them, roles, and signing in with guessing slowed down."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from flask_login import UserMixin
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from registry.errors import InvalidValue
from registry.models import STAFF_LANGUAGES, STAFF_ROLES, LoginFailure, StaffMember
from registry.types import as_utc

MAX_FAILURES, WINDOW = 5, dt.timedelta(minutes=15)
MIN_PASSWORD = 10
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Checked when the e-mail is unknown, so that a wrong address takes as long as a wrong password.
_DUMMY_HASH = generate_password_hash("not a password of anyone", method="scrypt")


@dataclass(frozen=True)
class Member(UserMixin):
    """The signed-in staff member, as Flask-Login sees them."""

    id: int
    email: str
    role: str
    language: str
    active: bool

    @property
    def is_active(self) -> bool:  # type: ignore[override]
        return self.active

    @classmethod
    def of(cls, row: StaffMember) -> Member:
        return cls(row.id, row.email, row.role, row.language, row.active)


def _email(text: str) -> str:
    email = (text or "").strip().lower()
    if not _EMAIL.fullmatch(email) or len(email) > 255:
        raise InvalidValue(f"{text!r} is not an e-mail address")
    return email


def _role(role: str) -> str:
    if role not in STAFF_ROLES:
        raise InvalidValue(f"role must be one of {', '.join(STAFF_ROLES)}, got {role!r}")
    return role


def _language(language: str) -> str:
    if language not in STAFF_LANGUAGES:
        raise InvalidValue(f"language must be one of {', '.join(STAFF_LANGUAGES)}, got {language!r}")
    return language


def add_member(
    session: Session, email: str, password: str, role: str, language: str = "ar", *, at: dt.datetime
) -> StaffMember:
    """A new active account; InvalidValue for a bad or taken e-mail, a short password, an unknown role."""
    email = _email(email)
    if len(password or "") < MIN_PASSWORD:
        raise InvalidValue(f"the password needs at least {MIN_PASSWORD} characters")
    if session.scalar(select(StaffMember.id).where(StaffMember.email == email)) is not None:
        raise InvalidValue(f"{email} already has an account")
    member = StaffMember(
        email=email,
        password_hash=generate_password_hash(password, method="scrypt"),
        role=_role(role),
        language=_language(language),
        active=True,
        created_at=as_utc(at),
    )
    session.add(member)
    session.flush()
    return member


def change(
    session: Session,
    member_id: int,
    *,
    role: str | None = None,
    active: bool | None = None,
    language: str | None = None,
) -> StaffMember:
    """Change an account's role, whether it may sign in, or its interface language."""
    member = session.get(StaffMember, member_id)
    if member is None:
        raise InvalidValue(f"no staff member {member_id}")
    if role is not None:
        member.role = _role(role)
    if active is not None:
        member.active = active
    if language is not None:
        member.language = _language(language)
    session.flush()
    return member


def members(session: Session) -> list[StaffMember]:
    """Every account, by e-mail."""
    return list(session.scalars(select(StaffMember).order_by(StaffMember.email)))


def member(session: Session, member_id: int) -> StaffMember | None:
    return session.get(StaffMember, member_id)


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: the member, or why not (``wrong``, ``throttled``)."""

    member: StaffMember | None
    refused: str = ""


def throttled(session: Session, email: str, address: str, now: dt.datetime) -> bool:
    """Whether this account or this address failed MAX_FAILURES times within WINDOW."""
    since = as_utc(now) - WINDOW
    counts = session.execute(
        select(
            func.count().filter(LoginFailure.email == email),
            func.count().filter(LoginFailure.address == address),
        ).where(LoginFailure.failed_at > since, or_(LoginFailure.email == email, LoginFailure.address == address))
    ).one()
    return max(counts) >= MAX_FAILURES


def sign_in(session: Session, email: str, password: str, address: str, now: dt.datetime) -> SignIn:
    """Check a password; every failure counts towards the account's and the address's limit."""
    email = (email or "").strip().lower()[:255]
    address = (address or "")[:64]
    if throttled(session, email, address, now):
        return SignIn(None, "throttled")
    member = session.scalar(select(StaffMember).where(StaffMember.email == email))
    valid = check_password_hash(member.password_hash if member else _DUMMY_HASH, password or "")
    if member is None or not valid or not member.active:
        session.add(LoginFailure(email=email, address=address, failed_at=as_utc(now)))
        session.flush()
        return SignIn(None, "wrong")
    return SignIn(member)
