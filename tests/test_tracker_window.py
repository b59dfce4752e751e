"""The windowed tracker store against Rasa's own SQL store: same conversation state, same stored events."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActiveLoop,
    BotUttered,
    ConversationPaused,
    ConversationResumed,
    Event,
    LoopInterrupted,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from actions.forget import purge_conversation
from hirfa.windowed_tracker_store import CHECKPOINTS_TABLE, WindowedSQLTrackerStore

ROOT = Path(__file__).resolve().parents[1]
WINDOW = 4
SENDER = "faithful"


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain"))


def said(text: str, intent: str, answer: str, *after_action: Event, action: str = "utter_greet") -> list[Event]:
    return [
        UserUttered(text, {"name": intent, "confidence": 1.0}),
        ActionExecuted(action),
        *after_action,
        BotUttered(answer),
        ActionExecuted(ACTION_LISTEN_NAME),
    ]


def turns() -> Iterator[list[Event]]:
    """One save each: messages, slots, a form left open across many turns, a take-over, a new session."""
    yield [ActionExecuted(ACTION_SESSION_START_NAME), SessionStarted(), ActionExecuted(ACTION_LISTEN_NAME)]
    yield said("Bonjour", "greet", "Bonjour !", SlotSet("language", "fr"))
    yield said("AMO ?", "amo_cost", "Quelle situation ?", action="action_answer_topic")
    yield said("/amo_cost", "amo_cost", "L'AMO…", SlotSet("tax_situation", "cpu"), action="action_answer_topic")
    for n in range(6):
        yield said(f"merci {n}", "thank", "Avec plaisir")
    yield said(
        "oublie-moi", "forget_me", "Sûr ?", ActiveLoop("forget_form"), SlotSet("requested_slot", "forget_confirm"),
        action="forget_form",
    )
    # The form stays open while the user asks other things: rejected, then interrupted.
    yield [
        UserUttered("et l'AMO ?", {"name": "amo_cost", "confidence": 1.0}),
        ActionExecuted("forget_form"),
        ActionExecutionRejected("forget_form"),
        ActionExecuted("action_answer_topic"),
        LoopInterrupted(True),
        BotUttered("L'AMO…"),
        ActionExecuted(ACTION_LISTEN_NAME),
    ]
    for n in range(WINDOW + 2):
        yield said(f"encore {n}", "thank", "Avec plaisir")
    yield [ConversationPaused()]  # a person takes over, through Rasa's HTTP API
    for n in range(WINDOW + 2):
        yield [UserUttered(f"pendant la pause {n}", {"name": "greet", "confidence": 1.0})]
    yield [ConversationResumed()]
    yield said("non", "deny", "D'accord", ActiveLoop(None), SlotSet("requested_slot", None), action="forget_form")
    # An hour later: a new session carries the slots (as actions/session_start.py does).
    yield [
        ActionExecuted(ACTION_SESSION_START_NAME),
        SessionStarted(),
        SlotSet("language", "fr"),
        SlotSet("tax_situation", "cpu"),
        ActionExecuted(ACTION_LISTEN_NAME),
        *said("re-bonjour", "greet", "Bonjour !"),
    ]
    for n in range(WINDOW * 3):
        yield said(f"et puis {n}", "thank", "Avec plaisir", SlotSet("business_stage", ["start", "grow"][n % 2]))


async def add_turn(store: SQLTrackerStore, domain: Domain, events: list[Event]) -> None:
    """What Rasa's processor does for a message: fetch, update, save."""
    tracker = await store.get_or_create_tracker(SENDER, append_action_listen=False)
    for event in events:
        tracker.update(event, domain)
    await store.save(tracker)


def summary(tracker: DialogueStateTracker) -> dict:
    loop = tracker.active_loop
    return {
        "slots": tracker.current_slot_values(),
        "loop": (loop.name, loop.is_interrupted, loop.rejected) if loop else None,
        "latest_message": (tracker.latest_message.text, tracker.latest_message.intent_name),
        "latest_action": tracker.latest_action_name,
        "latest_bot": tracker.latest_bot_utterance.text,
        "paused": tracker.is_paused(),
        "followup": tracker.followup_action,
        "last_user_at": getattr(tracker.get_last_event_for(UserUttered), "timestamp", None),
    }


def stored_rows(path: Path, table: str = "events") -> list[tuple]:
    with sqlite3.connect(path) as connection:
        columns = "type_name, timestamp, intent_name, action_name, data" if table == "events" else "*"
        return connection.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()  # noqa: S608


@pytest.fixture
def stores(tmp_path: Path, domain: Domain) -> tuple[SQLTrackerStore, WindowedSQLTrackerStore]:
    full = SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "full.db"))
    windowed = WindowedSQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "windowed.db"), window_turns=WINDOW)
    return full, windowed


async def test_a_long_conversation_reads_the_same_through_the_window(
    stores: tuple[SQLTrackerStore, WindowedSQLTrackerStore], domain: Domain, tmp_path: Path
) -> None:
    full, windowed = stores
    longest = 0
    for events in turns():
        await add_turn(full, domain, events)
        await add_turn(windowed, domain, events)
        expected, got = await full.retrieve(SENDER), await windowed.retrieve(SENDER)
        assert summary(got) == summary(expected)
        longest = max(longest, len(got.events))
    # Every event stored once, in order, exactly as Rasa's store stores it.
    assert stored_rows(tmp_path / "windowed.db") == stored_rows(tmp_path / "full.db")
    # Bounded: the window's turns (at most 12 events each here) after the state's few events.
    assert longest <= WINDOW * 12 + len(domain.slots) + 6
    assert len(stored_rows(tmp_path / "windowed.db", CHECKPOINTS_TABLE)) == WINDOW


async def test_the_window_does_not_grow_with_the_conversation(
    stores: tuple[SQLTrackerStore, WindowedSQLTrackerStore], domain: Domain
) -> None:
    _, windowed = stores
    await add_turn(windowed, domain, next(turns()))
    sizes = []
    for n in range(60):
        await add_turn(windowed, domain, said(f"message {n}", "thank", "Avec plaisir", SlotSet("language", "fr")))
        sizes.append(len((await windowed.retrieve(SENDER)).events))
    assert sizes[-1] == sizes[20] < 60
    assert (await windowed.retrieve(SENDER)).get_slot("language") == "fr"


async def test_saving_twice_stores_nothing_twice(
    stores: tuple[SQLTrackerStore, WindowedSQLTrackerStore], domain: Domain, tmp_path: Path
) -> None:
    _, windowed = stores
    for events in list(turns())[:12]:
        await add_turn(windowed, domain, events)
    tracker = await windowed.retrieve(SENDER)
    before = len(stored_rows(tmp_path / "windowed.db"))
    await windowed.save(tracker)
    assert len(stored_rows(tmp_path / "windowed.db")) == before
    tracker.update(UserUttered("encore", {"name": "thank", "confidence": 1.0}), domain)
    await windowed.save(tracker)
    await windowed.save(tracker)
    assert len(stored_rows(tmp_path / "windowed.db")) == before + 1


async def test_a_conversation_stored_by_rasas_own_store_carries_on(domain: Domain, tmp_path: Path) -> None:
    path = tmp_path / "tracker.db"
    reference = SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "reference.db"))
    script = list(turns())
    for events in script[:10]:
        await add_turn(SQLTrackerStore(domain, dialect="sqlite", db=str(path)), domain, events)
        await add_turn(reference, domain, events)
    windowed = WindowedSQLTrackerStore(domain, dialect="sqlite", db=str(path), window_turns=WINDOW)
    for events in script[10:]:
        await add_turn(windowed, domain, events)
        await add_turn(reference, domain, events)
        assert summary(await windowed.retrieve(SENDER)) == summary(await reference.retrieve(SENDER))
    assert stored_rows(path) == stored_rows(tmp_path / "reference.db")


async def test_forgetting_a_user_deletes_their_checkpoints(
    stores: tuple[SQLTrackerStore, WindowedSQLTrackerStore], domain: Domain, tmp_path: Path
) -> None:
    _, windowed = stores
    for events in list(turns())[:8]:
        await add_turn(windowed, domain, events)
    path = tmp_path / "windowed.db"
    assert stored_rows(path, CHECKPOINTS_TABLE)
    events = len(stored_rows(path))
    assert purge_conversation(f"sqlite:///{path}", SENDER) == events
    assert stored_rows(path) == []
    assert stored_rows(path, CHECKPOINTS_TABLE) == []
    assert await windowed.retrieve(SENDER) is None
