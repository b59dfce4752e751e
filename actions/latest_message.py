"""The conversation split at the user's latest message: what came before it, and what ran since."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker


def split_at_latest_message(tracker: Tracker) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(events before the latest user message, events after it); with no user message yet, ([], all events)."""
    events = list(tracker.events)
    latest = next((i for i in range(len(events) - 1, -1, -1) if events[i].get("event") == "user"), None)
    if latest is None:
        return [], events
    return events[:latest], events[latest + 1 :]


def slot_before_latest_message(tracker: Tracker, slot: str) -> Any:
    """The value ``slot`` had before the latest user message."""
    value = None
    for event in split_at_latest_message(tracker)[0]:
        if event.get("event") == "slot" and event.get("name") == slot:
            value = event.get("value")
    return value
