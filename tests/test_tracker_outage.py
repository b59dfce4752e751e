"""A turn never runs on an empty stand-in conversation: the tracker store waits out a short outage of its database
(a real SQLite file, locked by another connection), then fails the turn visibly instead of falling back."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy.exc
from rasa.core.agent import Agent
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from rasa_plugins.tracker_outage import PAUSES, TrackerStoreUnavailable, waiting_out_outages
from rasa_plugins.windowed_tracker_store import WindowedSQLTrackerStore

ROOT = Path(__file__).resolve().parents[1]
SENDER = "outage"


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain"))


@pytest.fixture
def store(tmp_path: Path, domain: Domain) -> WindowedSQLTrackerStore:
    # SQLite's own wait for a lock made short (0.2 s): the store's waiting is what is tested.
    store = WindowedSQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "tracker.db"), query={"timeout": "0.2"})
    store.outage_seconds = 3.0
    return store


class Lock:
    """Another connection holding the tracker database exclusively: nobody else can read or write it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = None

    def take(self) -> None:
        self._connection = sqlite3.connect(self.path, timeout=5, isolation_level=None, check_same_thread=False)
        self._connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        self._connection.execute("BEGIN EXCLUSIVE")
        self._connection.execute("SELECT count(*) FROM events").fetchall()

    def release(self) -> None:
        if self._connection is not None:
            self._connection.execute("ROLLBACK")
            self._connection.close()
            self._connection = None


@pytest.fixture
def lock(store: WindowedSQLTrackerStore) -> Iterator[Lock]:
    store.engine.dispose()  # no connection of the store's pool keeps the file open
    lock = Lock(store.engine.url.database)
    yield lock
    lock.release()


def first_turn(domain: Domain) -> DialogueStateTracker:
    tracker = DialogueStateTracker(SENDER, domain.slots)
    for event in (
        ActionExecuted(ACTION_SESSION_START_NAME),
        SessionStarted(),
        ActionExecuted(ACTION_LISTEN_NAME),
        UserUttered("Bonjour", {"name": "greet", "confidence": 1.0}),
        SlotSet("language", "fr"),
        BotUttered("Bonjour !"),
        ActionExecuted(ACTION_LISTEN_NAME),
    ):
        tracker.update(event)
    return tracker


def stored_events(store: WindowedSQLTrackerStore) -> int:
    with sqlite3.connect(store.engine.url.database) as connection:
        return connection.execute("SELECT count(*) FROM events WHERE sender_id = ?", (SENDER,)).fetchone()[0]


async def test_a_save_waits_out_a_locked_database_and_stores_the_turn_once(
    store: WindowedSQLTrackerStore, lock: Lock, domain: Domain
) -> None:
    tracker = first_turn(domain)
    lock.take()
    released = threading.Timer(1.0, lock.release)  # the outage: the database is back after a second
    released.start()
    try:
        await store.save(tracker)
    finally:
        released.join()
    assert stored_events(store) == len(tracker.events), "stored once, after the outage"
    loaded = await store.retrieve(SENDER)
    assert loaded is not None and loaded.get_slot("language") == "fr"


async def test_a_load_during_an_outage_waits_for_the_conversation_instead_of_starting_afresh(
    store: WindowedSQLTrackerStore, lock: Lock, domain: Domain
) -> None:
    await store.save(first_turn(domain))
    store.engine.dispose()
    lock.take()
    released = threading.Timer(1.0, lock.release)
    released.start()
    try:
        loaded = await store.retrieve(SENDER)
    finally:
        released.join()
    assert loaded is not None and loaded.get_slot("language") == "fr", "the conversation as it was, not an empty one"


async def test_a_longer_outage_fails_the_turn_through_rasas_wrapper(
    store: WindowedSQLTrackerStore, lock: Lock, domain: Domain
) -> None:
    """Rasa wraps the store (FailSafeTrackerStore): it must pass the failure on, not answer from an empty
    in-memory conversation or drop the turn's events into one."""
    await store.save(first_turn(domain))
    store.engine.dispose()
    store.outage_seconds = 0.5
    wrapped = Agent._create_tracker_store(store, domain)
    lock.take()
    with pytest.raises(TrackerStoreUnavailable):
        await wrapped.retrieve(SENDER)
    tracker = first_turn(domain)
    tracker.update(UserUttered("merci", {"name": "thank", "confidence": 1.0}))
    with pytest.raises(TrackerStoreUnavailable):
        await wrapped.save(tracker)
    lock.release()
    assert stored_events(store) == len(first_turn(domain).events), "nothing stored by the failed save"
    assert (await wrapped.retrieve(SENDER)).get_slot("language") == "fr"


async def test_only_an_unreachable_database_is_waited_for() -> None:
    calls: list[float] = []
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    async def flaky() -> str:
        calls.append(now[0])
        if len(calls) < 3:
            raise sqlalchemy.exc.OperationalError("SELECT", {}, Exception("server closed the connection"))
        return "loaded"

    assert await waiting_out_outages(flaky, "load", 15.0, lambda: now[0], sleep) == "loaded"
    assert len(calls) == 3 and now[0] < 1.0

    async def refused() -> None:
        calls.append(now[0])
        raise sqlalchemy.exc.OperationalError("SELECT", {}, Exception("connection refused"))

    calls.clear()
    now[0] = 0.0
    with pytest.raises(TrackerStoreUnavailable):
        await waiting_out_outages(refused, "load", 15.0, lambda: now[0], sleep)
    assert 15.0 - PAUSES[-1] <= calls[-1] - calls[0] <= 15.0, "tried for the whole bound, then given up"

    async def bad_query() -> None:
        raise sqlalchemy.exc.ProgrammingError("SELECT", {}, Exception("no such column"))

    with pytest.raises(sqlalchemy.exc.ProgrammingError):
        await waiting_out_outages(bad_query, "load", 15.0, lambda: now[0], sleep)
    assert asyncio.iscoroutinefunction(WindowedSQLTrackerStore.save)
