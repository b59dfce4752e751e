"""A new session carries the slots over, and keeps a conversation paused while a person answers it."""

import datetime as dt

from rasa_sdk.executor import CollectingDispatcher

from actions.registry_access import registry
from actions.session_start import ActionSessionStart
from registry import help_desk
from tests.actions.conftest import make_tracker

NOW = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc)


def names(events: list[dict]) -> list[str]:
    return [e["event"] for e in events]


async def test_a_new_session_carries_the_slots_over(domain) -> None:
    tracker = make_tracker(slots={"language": "fr", "city": None, "session_started_metadata": {"x": 1}})
    tracker.sender_id = "session-free"
    events = await ActionSessionStart().run(CollectingDispatcher(), tracker, domain)
    assert names(events) == ["session_started", "slot", "action"]
    assert events[1]["name"] == "language" and events[1]["value"] == "fr"


async def test_a_conversation_a_person_took_stays_paused_and_is_free_once_handed_back(domain) -> None:
    with registry().session() as session:
        help_desk.create_handoff(
            session, conversation_id="session-held", language="fr", reason="asked", last_messages=[], at=NOW
        )
        help_desk.take_over(session, "session-held", staff_id=None, at=NOW)
    tracker = make_tracker(slots={"language": "fr"})
    tracker.sender_id = "session-held"
    events = await ActionSessionStart().run(CollectingDispatcher(), tracker, domain)
    assert names(events)[-1] == "pause"
    with registry().session() as session:
        help_desk.hand_back(session, "session-held", at=NOW)
    events = await ActionSessionStart().run(CollectingDispatcher(), tracker, domain)
    assert "pause" not in names(events)
