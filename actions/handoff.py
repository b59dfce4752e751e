"""Passing a conversation to the help desk: a request with what they need to answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.registry_access import office_hours, registry
from hirfa.masking import mask_known, mask_personal
from rasa_plugins.pending_answers import PERSONAL_SLOTS, PLACEHOLDER, personal_messages
from registry import help_desk

LAST_MESSAGES = 10


def last_messages(
    events: list[dict[str, Any]], count: int = LAST_MESSAGES, known: Iterable[str] = ()
) -> list[dict[str, str]]:
    """The last user and assistant texts of the conversation, oldest first, with nothing personal in clear.

    An answer to a personal question reads as the placeholder the conversation store keeps; CIN and
    phone numbers anywhere are masked, and so are the ``known`` values (the name the form was given).
    """
    known = [value for value in known if value]
    personal = personal_messages(events)
    texts = []
    for event, is_personal in zip(events, personal, strict=True):
        if event.get("event") not in ("user", "bot") or not event.get("text"):
            continue
        text = PLACEHOLDER if is_personal else mask_known(mask_personal(str(event["text"])), known)
        texts.append({"sender": "user" if event["event"] == "user" else "bot", "text": text})
    return texts[-count:]


def _known_values(tracker: Tracker) -> list[str]:
    """The personal answers the form holds now, to hide wherever they were repeated."""
    return [str(value) for name in sorted(PERSONAL_SLOTS) if (value := tracker.get_slot(name))]


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
                last_messages=last_messages(tracker.events, known=_known_values(tracker)),
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
