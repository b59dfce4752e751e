"""Passing a conversation to the help desk: a request with what they need to answer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.registry_access import office_hours, registry
from registry import help_desk

LAST_MESSAGES = 10


def last_messages(events: list[dict[str, Any]], count: int = LAST_MESSAGES) -> list[dict[str, str]]:
    """The last user and assistant texts of the conversation, oldest first."""
    texts = [
        {"sender": "user" if e["event"] == "user" else "bot", "text": e.get("text") or ""}
        for e in events
        if e.get("event") in ("user", "bot") and e.get("text")
    ]
    return texts[-count:]


class ActionHandoff(Action):
    """Record a help-desk request and tell the user honestly what happens next."""

    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        metadata = next(
            (e.get("metadata") or {} for e in reversed(tracker.events) if e.get("event") == "user"), {}
        )
        now = dt.datetime.now(dt.timezone.utc)
        with registry().session() as session:
            help_desk.create_handoff(
                session,
                conversation_id=tracker.sender_id,
                language=tracker.get_slot("language") or "",
                reason=metadata.get("handoff_reason") or (message.get("intent") or {}).get("name") or "asked",
                last_messages=last_messages(tracker.events),
                voice_file_id=metadata.get("voice_file_id"),
                at=now,
            )
        hours = office_hours()
        if hours.is_open(now):
            dispatcher.utter_message(response="utter_handoff_recorded")
        else:
            opening = hours.next_opening(now)
            dispatcher.utter_message(
                response="utter_handoff_recorded_closed",
                opens_date=opening.date().isoformat(),
                opens_time=opening.strftime("%H:%M"),
            )
        return []
