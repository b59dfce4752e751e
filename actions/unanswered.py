"""Noting questions the assistant could not answer, for the editors who keep the content."""

from __future__ import annotations

import datetime as dt

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from registry import help_desk


def note_unanswered(session: Session, tracker: Tracker) -> None:
    """Record the latest user message with its predicted intent and the reply language."""
    message = tracker.latest_message or {}
    ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != "nlu_fallback"]
    best = ranking[0] if ranking else message.get("intent") or {}
    help_desk.record_unanswered(
        session,
        conversation_id=tracker.sender_id,
        text=(message.get("text") or "")[:2000],
        language=tracker.get_slot("language") or "",
        predicted_intent=best.get("name") or "",
        confidence=float(best.get("confidence") or 0.0),
        at=dt.datetime.now(dt.timezone.utc),
    )
