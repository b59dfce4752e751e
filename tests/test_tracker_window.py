"""The windowed tracker store against Rasa's own SQL store: same conversation state, same stored events."""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
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
from rasa_plugins.windowed_tracker_store import CHECKPOINTS_TABLE, WindowedSQLTrackerStore

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


# --- answers pending consent (rasa_plugins/pending_answers.py) ------------------------------------------

NAME, CIN, PHONE = "Fatima Zahra Alaoui", "AB123456", "0612345678"
PERSONAL = (NAME, CIN, "AB 123456", PHONE, "06 12 34 56 78", "Alaoui")


class Clock:
    def __init__(self) -> None:
        import datetime as dt

        self.now = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.timezone.utc)

    def __call__(self):
        return self.now


@pytest.fixture
def pending_store(tmp_path: Path, domain: Domain):
    """A windowed store whose pending answers' keys live in a migrated registry, on a clock the test moves."""
    from rasa_plugins.pending_answers import PendingAnswers
    from registry.db import Registry
    from registry.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'registry.db'}"
    upgrade(url)
    registry = Registry.from_url(url)
    clock = Clock()
    store = WindowedSQLTrackerStore(
        domain,
        dialect="sqlite",
        db=str(tmp_path / "tracker.db"),
        window_turns=WINDOW,
        pending=PendingAnswers(lambda: registry, clock),
    )
    yield store, registry, clock
    registry.dispose()


def answered(text: str, slot: str, value: str, asked_next: str | None, entity: str | None = None) -> list[Event]:
    """A form's turn: the answer, the slot filled (by extraction, then by validation), the next question."""
    entities = [{"entity": entity, "value": value, "start": 0, "end": len(text)}] if entity else []
    return [
        UserUttered(text, {"name": "inform", "confidence": 0.4}, entities),
        ActionExecuted("action_extract_slots"),
        SlotSet(slot, text),
        ActionExecuted("rna_request_form"),
        SlotSet(slot, value),
        SlotSet("requested_slot", asked_next),
        BotUttered(f"ask {asked_next}"),
        ActionExecuted(ACTION_LISTEN_NAME),
    ]


def request_form() -> list[list[Event]]:
    """The request form up to its consent question, longer than the window."""
    return [
        [ActionExecuted(ACTION_SESSION_START_NAME), SessionStarted(), ActionExecuted(ACTION_LISTEN_NAME)],
        said(
            "bghit ntsjel", "rna_apply", "smitek?", ActiveLoop("rna_request_form"),
            SlotSet("requested_slot", "request_full_name"), action="rna_request_form",
        ),
        answered(NAME, "request_full_name", NAME, "request_cin"),
        answered("AB 123456", "request_cin", CIN, "request_phone", entity="cin"),
        answered("06 12 34 56 78", "request_phone", PHONE, "request_trade", entity="phone"),
        answered("zlij", "request_trade", "ZELLIGE", "request_city"),
        answered("Fès", "request_city", "Fès", "request_category"),
        answered("maalem", "request_category", "maalem", "request_consent"),
    ]


def refused() -> list[Event]:
    return [
        UserUttered("la", {"name": "deny", "confidence": 1.0}),
        ActionExecuted("rna_request_form"),
        BotUttered("not saved"),
        *[SlotSet(slot, None) for slot in ("request_full_name", "request_cin", "request_phone", "request_trade")],
        SlotSet("request_consent", False),
        ActiveLoop(None),
        SlotSet("requested_slot", None),
        ActionExecuted("action_submit_rna_request"),
        ActionExecuted(ACTION_LISTEN_NAME),
    ]


def everything_stored(tmp_path: Path) -> str:
    """Every byte of the conversation store and the registry, as text, to search for personal data."""
    return "".join(path.read_bytes().decode("utf-8", "replace") for path in tmp_path.glob("*.db*"))


def personal_in(text: str) -> list[str]:
    return [value for value in PERSONAL if value in text]


async def test_personal_answers_are_stored_encrypted_and_read_back_while_the_form_is_open(
    pending_store, domain: Domain, tmp_path: Path
) -> None:
    from rasa_plugins.pending_answers import PLACEHOLDER, SEALED

    store, _, _ = pending_store
    for events in request_form():
        await add_turn(store, domain, events)
    tracker = await store.retrieve(SENDER)
    assert tracker.active_loop_name == "rna_request_form"
    # The form still has every answer, although the name was given more turns ago than the window holds.
    assert len(request_form()) - 2 > WINDOW
    slots = tracker.current_slot_values()
    assert (slots["request_full_name"], slots["request_cin"], slots["request_phone"]) == (NAME, CIN, PHONE)
    assert slots["request_city"] == "Fès"  # not personal: stored as it is
    rows = stored_rows(tmp_path / "tracker.db") + stored_rows(tmp_path / "tracker.db", CHECKPOINTS_TABLE)
    assert personal_in(str(rows)) == [] and personal_in(everything_stored(tmp_path)) == []
    texts = [json.loads(row[4]).get("text") for row in stored_rows(tmp_path / "tracker.db") if row[0] == "user"]
    assert texts == ["bghit ntsjel", PLACEHOLDER, PLACEHOLDER, PLACEHOLDER, "zlij", "Fès", "maalem"]
    assert SEALED in str(rows)


async def test_a_refusal_deletes_the_key_and_leaves_nothing_readable(
    pending_store, domain: Domain, tmp_path: Path
) -> None:
    from registry.models import PendingAnswerKey

    store, registry, _ = pending_store
    for events in request_form():
        await add_turn(store, domain, events)
    with registry.session() as session:
        assert session.get(PendingAnswerKey, SENDER) is not None
    await add_turn(store, domain, refused())
    with registry.session() as session:
        assert session.get(PendingAnswerKey, SENDER) is None
    assert personal_in(everything_stored(tmp_path)) == []
    # Whatever the conversation store still holds cannot be read: a full reload finds no answer.
    full = await store.retrieve_full_tracker(SENDER)
    sealed_values = [e.value for e in full.events if isinstance(e, SlotSet) and e.key in ("request_cin", "request_phone")]
    assert sealed_values and all(value is None for value in sealed_values)
    assert full.get_slot("request_full_name") is None and full.active_loop_name is None


async def test_answers_whose_key_expired_are_asked_again(pending_store, domain: Domain) -> None:
    import datetime as dt

    store, _, clock = pending_store
    for events in request_form()[:4]:
        await add_turn(store, domain, events)
    assert (await store.retrieve(SENDER)).get_slot("request_cin") == CIN
    clock.now += dt.timedelta(hours=1)
    tracker = await store.retrieve(SENDER)
    assert tracker.get_slot("request_cin") is None and tracker.get_slot("request_full_name") is None
    assert tracker.active_loop_name == "rna_request_form"  # the form goes on and asks them again


async def test_an_answer_given_as_the_form_ends_is_never_stored_under_a_kept_key(
    pending_store, domain: Domain, tmp_path: Path
) -> None:
    from registry.models import PendingAnswerKey

    store, registry, _ = pending_store
    await add_turn(store, domain, request_form()[0])
    await add_turn(
        store, domain,
        said("fin wslat", "rna_status", "reference?", ActiveLoop("rna_status_form"),
             SlotSet("requested_slot", "status_reference"), action="rna_status_form"),
    )
    await add_turn(store, domain, answered("H-7K2P9Q", "status_reference", "H-7K2P9Q", "status_cin"))
    # The CIN is the last answer: the form ends and the lookup runs in the same turn.
    await add_turn(
        store, domain,
        [*answered("AB 123456", "status_cin", CIN, None, entity="cin")[:-2], ActiveLoop(None),
         ActionExecuted("action_submit_status"), SlotSet("status_cin", None), ActionExecuted(ACTION_LISTEN_NAME)],
    )
    with registry.session() as session:
        assert session.get(PendingAnswerKey, SENDER) is None
    assert personal_in(everything_stored(tmp_path)) == []
    assert (await store.retrieve(SENDER)).get_slot("status_reference") == "H-7K2P9Q"


async def test_a_tracker_saved_twice_stores_no_clear_answer_in_its_checkpoint(
    pending_store, domain: Domain, tmp_path: Path
) -> None:
    store, _, _ = pending_store
    tracker = await store.get_or_create_tracker(SENDER, append_action_listen=False)
    for events in request_form()[:4]:
        for event in events:
            tracker.update(event, domain)
        # Rasa may save the tracker it holds again (the HTTP API, reminders): each save appends what is new.
        await store.save(tracker)
    assert personal_in(str(stored_rows(tmp_path / "tracker.db", CHECKPOINTS_TABLE))) == []
    assert personal_in(everything_stored(tmp_path)) == []
    assert (await store.retrieve(SENDER)).get_slot("request_cin") == CIN


async def test_a_conversation_without_personal_answers_never_opens_the_registry(tmp_path: Path, domain: Domain) -> None:
    from rasa_plugins.pending_answers import PendingAnswers

    def no_registry():
        raise AssertionError("the registry was opened")

    store = WindowedSQLTrackerStore(
        domain, dialect="sqlite", db=str(tmp_path / "t.db"), window_turns=WINDOW, pending=PendingAnswers(no_registry)
    )
    for events in turns():
        await add_turn(store, domain, events)
    assert (await store.retrieve(SENDER)).get_slot("language") == "fr"


async def test_the_sqlite_store_keeps_one_connection_in_write_ahead_mode(
    stores: tuple[SQLTrackerStore, WindowedSQLTrackerStore], domain: Domain, tmp_path: Path
) -> None:
    _, windowed = stores
    opened: list[object] = []
    sa.event.listen(windowed.engine, "connect", lambda connection, _: opened.append(connection))
    for events in itertools.islice(turns(), 5):
        await add_turn(windowed, domain, events)
        await windowed.retrieve(SENDER)
    assert len(opened) <= 1  # not a new connection (and its pragmas) per session
    with sqlite3.connect(tmp_path / "windowed.db") as reader:
        assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
