"""The questions the assistant asks the registry. Each function takes the caller's Session.

Functions return rows or numbers, never sentences: the actions turn them into replies.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from registry import pending_keys, personal_data
from registry.errors import InvalidValue, ReferenceExhausted, UnknownCity, UnknownTrade
from registry.identifiers import new_reference, normalise_cin, normalise_reference
from registry.models import (
    HELPER_RELATIONSHIPS,
    City,
    CitySpelling,
    HandoffRequest,
    LookupMiss,
    Office,
    RegistrationRequest,
    RequestStatusChange,
    Trade,
    TradeSpelling,
    UnansweredQuestion,
)
from registry.spelling import best_owners, candidates, word_forms
from registry.types import as_utc, utc_now

# The states a request goes through; the actions have one reply per state.
# The steps of a request for help, in order; "closed" ends it at any step, with a reason.
STATUSES = ("received", "contacted", "papers_checked", "registered", "closed")
FIRST_STATUS = "received"
# Categories and statuses are codes the reply layer translates, never free text.
_CODE = re.compile(r"[a-z][a-z0-9_]{0,31}")
_REFERENCE_ATTEMPTS = 20
_EARTH_RADIUS_KM = 6371.0


# --- trades and places -------------------------------------------------------------------


def _owners_in(session: Session, column_key: Any, column_owner: Any, text: str) -> list[str]:
    """The owners (trade codes or city names) of the spellings found in ``text``, best first."""
    # Loose and one-letter-off guesses need every single-word spelling; the tables hold a
    # few hundred rows, cheaper to read whole than to guess which keys to ask for.
    owners = {key: owner for key, owner in session.execute(select(column_key, column_owner))}
    return best_owners(candidates(text, forms=word_forms(owners)), owners)


def match_trades(session: Session, text: str) -> list[Trade]:
    """The trades whose spellings occur in ``text`` as whole words, best first; [] if none."""
    codes = _owners_in(session, TradeSpelling.normalised, TradeSpelling.trade_code, text)
    if not codes:
        return []
    trades = {t.code: t for t in session.execute(select(Trade).where(Trade.code.in_(codes))).scalars()}
    return [trades[code] for code in codes]


def trade_by_code(session: Session, code: str) -> Trade | None:
    """The trade with this exact code, or None."""
    return session.get(Trade, code) if code else None


def match_city(session: Session, text: str) -> City | None:
    """The best city whose spelling occurs in ``text`` as whole words, or None."""
    names = _owners_in(session, CitySpelling.normalised, CitySpelling.city_name, text)
    return session.get(City, names[0]) if names else None


def city_by_name(session: Session, name: str) -> City | None:
    """The city with this exact canonical name (e.g. "Fès"), or None."""
    return session.get(City, name) if name else None


def find_city(session: Session, text: str) -> City | None:
    """The city ``text`` names: its canonical name, else a spelling in its first 200 characters, or None."""
    return city_by_name(session, text) or (match_city(session, text[:200]) if text else None)


def chamber_for_region(session: Session, region_code: str) -> Office | None:
    """The region's chamber of crafts; a confirmed seat first if an editor added a branch."""
    return (
        session.execute(
            select(Office)
            .where(Office.kind == "chamber", Office.region_code == region_code)
            .order_by(Office.seat_confirmed.desc(), Office.id)
            .limit(1)
        )
        .scalars()
        .first()
    )


def offices_for_city(session: Session, city_name: str) -> list[Office]:
    """The offices of the city's region: chambers first, then directorates, those in the city first."""
    city = city_by_name(session, city_name)
    if city is None:
        return []
    statement = (
        select(Office)
        .where(Office.region_code == city.region_code)
        .order_by(
            case((Office.kind == "chamber", 0), else_=1),
            case((Office.city_name == city.name, 0), else_=1),
            Office.seat_confirmed.desc(),
            Office.name_fr,
            Office.id,
        )
    )
    return list(session.execute(statement).scalars())


def nearest_city(session: Session, latitude: float, longitude: float) -> City | None:
    """The city whose centre is closest to the point (great-circle distance), or None."""
    cities = session.execute(
        select(City).where(City.latitude.is_not(None), City.longitude.is_not(None))
    ).scalars()
    return min(
        cities, key=lambda c: _haversine_km(latitude, longitude, c.latitude, c.longitude), default=None
    )


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(a))


# --- registration requests ---------------------------------------------------------------


def required(name: str, value: str | None) -> str:
    """``value`` stripped; InvalidValue when nothing is left."""
    text = (value or "").strip()
    if not text:
        raise InvalidValue(f"{name} is empty")
    return text


def _code(name: str, value: str | None) -> str:
    if not value or not _CODE.fullmatch(value):
        raise InvalidValue(f"{name} must be a lower-case code, got {value!r}")
    return value


def _free_reference(session: Session) -> str:
    for _ in range(_REFERENCE_ATTEMPTS):
        reference = new_reference()
        taken = session.execute(
            select(RegistrationRequest.id).where(RegistrationRequest.reference == reference)
        ).first()
        if taken is None:
            return reference
    raise ReferenceExhausted(f"no free reference after {_REFERENCE_ATTEMPTS} tries")


def create_request(
    session: Session,
    *,
    full_name: str,
    cin: str,
    phone: str,
    trade_code: str | None,
    trade_text: str | None,
    city_name: str,
    category: str,
    conversation_id: str,
    consent_at: datetime,
    helper_relationship: str | None = None,
    person_consent_at: datetime | None = None,
    filed_by_staff_id: int | None = None,
) -> RegistrationRequest:
    """Record a registration request for the chamber of the city's region, status 'received'.

    A request made for someone else names the helper's tie to the person (``HELPER_RELATIONSHIPS``)
    and when the helper confirmed the person's agreement; one filed at the chamber also names the
    adviser's staff account. Raises UnknownCity, UnknownTrade or InvalidValue instead of storing a
    request nobody can route. The unique reference guards against a race the check above cannot see.
    """
    if helper_relationship is not None:
        if helper_relationship not in HELPER_RELATIONSHIPS:
            raise InvalidValue(f"helper_relationship must be one of {HELPER_RELATIONSHIPS}, got {helper_relationship!r}")
        if person_consent_at is None:
            raise InvalidValue("a request made for someone else needs the person's consent")
    city = city_by_name(session, city_name)
    if city is None:
        raise UnknownCity(city_name)
    if trade_code is not None and trade_by_code(session, trade_code) is None:
        raise UnknownTrade(trade_code)
    chamber = chamber_for_region(session, city.region_code)
    now = utc_now()
    request = RegistrationRequest(
        reference=_free_reference(session),
        full_name=required("full_name", full_name),
        # Encrypted by the column type; found by the keyed hash (registry.personal_data).
        cin=normalise_cin(required("cin", cin)),
        cin_hash=personal_data.cin_hash(cin),
        phone=required("phone", phone),
        trade_code=trade_code,
        trade_text=(trade_text or "").strip() or None,
        city_name=city.name,
        region_code=city.region_code,
        office_id=chamber.id if chamber else None,
        category=_code("category", category),
        consent_at=as_utc(consent_at),
        status=FIRST_STATUS,
        created_at=now,
        updated_at=now,
        conversation_id=required("conversation_id", conversation_id),
        helper_relationship=helper_relationship,
        person_consent_at=as_utc(person_consent_at) if helper_relationship is not None else None,
        filed_by_staff_id=filed_by_staff_id,
    )
    request.history.append(RequestStatusChange(status=FIRST_STATUS, changed_at=now))
    session.add(request)
    session.flush()
    return request


def find_request(session: Session, reference: str, cin: str) -> RegistrationRequest | None:
    """The request with this reference *and* this CIN, or None (a wrong pair tells nothing).

    Both may be given as typed: the reference is read by ``normalise_reference``. The CIN is stored
    encrypted: the request is found by the CIN's keyed hash.
    """
    canonical, cin = normalise_reference(reference or ""), normalise_cin(cin or "")
    if canonical is None or not cin:
        return None
    return session.execute(
        select(RegistrationRequest).where(
            RegistrationRequest.reference == canonical,
            RegistrationRequest.cin_hash == personal_data.cin_hash(cin),
        )
    ).scalar_one_or_none()


def set_status(
    session: Session,
    request: RegistrationRequest,
    status: str,
    note: str | None = None,
    *,
    changed_by: str | None = None,
) -> RequestStatusChange:
    """Move ``request`` to ``status`` (one of STATUSES) and append the step to its history.

    ``changed_by`` is the staff member's e-mail; None when the assistant made the change.
    """
    if status not in STATUSES:
        raise InvalidValue(f"status must be one of {', '.join(STATUSES)}, got {status!r}")
    now = utc_now()
    change = RequestStatusChange(status=status, changed_at=now, note=note, changed_by=changed_by)
    request.history.append(change)
    request.status = status
    request.updated_at = now
    session.flush()
    return change


# --- lookups and privacy -----------------------------------------------------------------


def record_lookup_failure(session: Session, keys: str | Iterable[str], at: datetime) -> None:
    """Count a status lookup that matched nothing under each key (see registry.lookup_guard), to slow down guessing."""
    for key in [keys] if isinstance(keys, str) else keys:
        session.add(LookupMiss(key=key, failed_at=as_utc(at)))
    session.flush()


def recent_lookup_failures(session: Session, key: str, since: datetime) -> int:
    """How many lookups counted under ``key`` failed at or after ``since``."""
    return session.execute(
        select(func.count(LookupMiss.id)).where(LookupMiss.key == key, LookupMiss.failed_at >= as_utc(since))
    ).scalar_one()


def lookup_misses_since(session: Session, keys: Iterable[str], since: datetime) -> dict[str, tuple[int, datetime]]:
    """For each of ``keys`` that missed at or after ``since``: how many times, and the latest."""
    rows = session.execute(
        select(LookupMiss.key, func.count(LookupMiss.id), func.max(LookupMiss.failed_at))
        .where(LookupMiss.key.in_(list(keys)), LookupMiss.failed_at >= as_utc(since))
        .group_by(LookupMiss.key)
    )
    # max() comes back without the column's type on SQLite: read it as the naive UTC it is stored as.
    return {key: (count, as_utc(_moment(last))) for key, count, last in rows}


def _moment(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


@dataclass(frozen=True)
class DeletedData:
    """How many rows of each kind ``delete_conversation_data`` erased."""

    requests: int = 0
    handoffs: int = 0
    questions: int = 0

    @property
    def total(self) -> int:
        """Requests, handoff requests and unanswered questions together."""
        return self.requests + self.handoffs + self.questions


def delete_conversation_data(session: Session, conversation_id: str) -> DeletedData:
    """Erase what a conversation left: its requests and their history, its handoff requests and
    its unanswered questions. Failed lookups stay: they are keyed hashes that name no one, and a
    guesser must not reset them by asking to be forgotten.

    Returns how many requests, handoff requests and unanswered questions were deleted.
    """
    ids: Sequence[int] = (
        session.execute(
            select(RegistrationRequest.id).where(RegistrationRequest.conversation_id == conversation_id)
        )
        .scalars()
        .all()
    )
    # History rows first: the database may not cascade (SQLite without foreign keys on).
    # "fetch" also removes the deleted rows from this session, so nothing stale is served.
    fetch = {"synchronize_session": "fetch"}
    if ids:
        session.execute(
            delete(RequestStatusChange).where(RequestStatusChange.request_id.in_(ids)),
            execution_options=fetch,
        )
        session.execute(
            delete(RegistrationRequest).where(RegistrationRequest.id.in_(ids)), execution_options=fetch
        )
    handoffs = session.execute(
        delete(HandoffRequest).where(HandoffRequest.conversation_id == conversation_id),
        execution_options=fetch,
    ).rowcount
    questions = session.execute(
        delete(UnansweredQuestion).where(UnansweredQuestion.conversation_id == conversation_id),
        execution_options=fetch,
    ).rowcount
    # Answers still waiting for consent become unreadable in Rasa's store too.
    pending_keys.delete_key(session, conversation_id)
    return DeletedData(requests=len(ids), handoffs=handoffs, questions=questions)
