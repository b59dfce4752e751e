"""Conversations written into a conversation store by Rasa's own SQLTrackerStore, as a running Rasa would."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any


def user(text: str, intent: str, confidence: float = 0.9, variety: str = "ary", **metadata: Any) -> dict[str, Any]:
    """A user message as Rasa stores it, with what the NLU understood."""
    return {
        "event": "user",
        "text": text,
        "parse_data": {
            "text": text,
            "intent": {"name": intent, "confidence": confidence},
            "intent_ranking": [{"name": intent, "confidence": confidence}],
            "entities": [],
            "variety": variety,
        },
        "input_channel": "telegram",
        "metadata": {"channel": "telegram", **metadata},
    }


def bot(text: str, buttons: list[dict[str, str]] | None = None, response: str = "") -> dict[str, Any]:
    """A reply as the user saw it."""
    return {"event": "bot", "text": text, "data": {"buttons": buttons or [], "custom": {"response": response}}}


def action(name: str) -> dict[str, Any]:
    return {"event": "action", "name": name}


def slot(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


def write_conversation(tracker_db: Path, sender_id: str, events: list[dict[str, Any]], start: float | None = None) -> None:
    """Append ``events`` to ``sender_id``'s conversation in the SQLite store at ``tracker_db``, one second apart."""
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import Event
    from rasa.shared.core.trackers import DialogueStateTracker

    started = time.time() - len(events) if start is None else start
    stamped = [{**event, "timestamp": started + number} for number, event in enumerate(events)]

    async def save() -> None:
        store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tracker_db))
        tracker = await store.retrieve(sender_id) or DialogueStateTracker(sender_id, [])
        for event in stamped:
            tracker.update(Event.from_parameters(event))
        await store.save(tracker)
        store.engine.dispose()

    asyncio.run(save())
