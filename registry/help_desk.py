"""What the assistant hands to people: unanswered questions, requests for a person, and their take-over."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from registry.errors import InvalidValue
from registry.models import ConversationSummary, HandoffRequest, UnansweredQuestion
from registry.queries import required
from registry.types import as_utc

SENDERS = ("user", "bot")
_CODE = re.compile(r"[a-z][a-z0-9_]{0,31}")


def record_unanswered(
    session: Session,
    *,
    conversation_id: str,
    text: str,
    language: str,
    predicted_intent: str | None,
    confidence: float | None,
    at: dt.datetime,
) -> None:
    """Keep a message no content answered, for editors to see what is missing.

    ``language`` is the reply language, empty when not known yet.
    """
    session.add(
        UnansweredQuestion(
            conversation_id=required("conversation_id", conversation_id),
            text=text or "",
            language=(language or "").strip(),
            predicted_intent=predicted_intent or None,
            confidence=None if confidence is None else float(confidence),
            asked_at=as_utc(at),
        )
    )
    session.flush()


def _messages(messages: Iterable[Mapping[str, object]]) -> list[dict[str, str]]:
    checked = []
    for number, message in enumerate(messages, start=1):
        if (
            not isinstance(message, Mapping)
            or set(message) != {"sender", "text"}
            or message["sender"] not in SENDERS
            or not isinstance(message["text"], str)
        ):
            raise InvalidValue(f"last_messages[{number}] must be {{'sender': 'user' or 'bot', 'text': str}}")
        checked.append({"sender": str(message["sender"]), "text": str(message["text"])})
    return checked


def create_handoff(
    session: Session,
    *,
    conversation_id: str,
    language: str,
    reason: str,
    last_messages: Iterable[Mapping[str, object]],
    voice_file_id: str | None = None,
    at: dt.datetime,
) -> HandoffRequest:
    """Open a request for a person at the help desk; ``reason`` is a lower-case code (e.g. low_confidence)."""
    if not reason or not _CODE.fullmatch(reason):
        raise InvalidValue(f"reason must be a lower-case code, got {reason!r}")
    handoff = HandoffRequest(
        conversation_id=required("conversation_id", conversation_id),
        language=(language or "").strip(),
        reason=reason,
        last_messages=json.dumps(_messages(last_messages), ensure_ascii=False),
        voice_file_id=(voice_file_id or "").strip() or None,
        status="open",
        created_at=as_utc(at),
    )
    session.add(handoff)
    session.flush()
    return handoff


def waiting(session: Session) -> list[HandoffRequest]:
    """Requests for a person that nobody has taken yet, oldest first."""
    return list(
        session.scalars(
            select(HandoffRequest).where(HandoffRequest.status == "open").order_by(HandoffRequest.created_at)
        )
    )


def take_over(session: Session, conversation_id: str, staff_id: int, at: dt.datetime) -> None:
    """A person answers ``conversation_id`` now: its open requests are taken and the inbox shows it paused."""
    session.execute(
        update(HandoffRequest)
        .where(HandoffRequest.conversation_id == conversation_id, HandoffRequest.status == "open")
        .values(status="taken", taken_by=staff_id, taken_at=as_utc(at))
    )
    _set_paused(session, conversation_id, staff_id)


def hand_back(session: Session, conversation_id: str, at: dt.datetime) -> None:
    """The assistant answers ``conversation_id`` again; the requests a person took are closed."""
    session.execute(
        update(HandoffRequest)
        .where(HandoffRequest.conversation_id == conversation_id, HandoffRequest.status.in_(("open", "taken")))
        .values(status="closed", closed_at=as_utc(at))
    )
    _set_paused(session, conversation_id, None)


def _set_paused(session: Session, conversation_id: str, staff_id: int | None) -> None:
    summary = session.get(ConversationSummary, conversation_id)
    if summary is not None:
        summary.paused = staff_id is not None
        summary.taken_by = staff_id
    session.flush()


def mark_deleted(session: Session, conversation_id: str) -> None:
    """The user asked to forget them: the inbox keeps only the fact, none of what they wrote."""
    summary = session.get(ConversationSummary, conversation_id)
    if summary is not None:
        summary.deleted = True
        summary.last_message = ""
        summary.search_text = ""
        session.flush()


def held_by_person(session: Session, conversation_id: str) -> bool:
    """Whether a person of the help desk answers ``conversation_id`` now (taken over, not handed back)."""
    summary = session.get(ConversationSummary, conversation_id)
    if summary is not None and summary.paused:
        return True
    taken = select(HandoffRequest.id).where(
        HandoffRequest.conversation_id == conversation_id, HandoffRequest.status == "taken"
    )
    return session.scalar(taken.limit(1)) is not None
