"""Rasa's SQL tracker store, loading only the latest turns so a message costs the same in a year-long chat.

Rasa rebuilds the tracker from every event of the session for each message, featurises all of
it for the rule policy, and sends it whole to the action server: the cost of a message grows
with the conversation, and a Telegram chat never ends. This store keeps every event in Rasa's
``events`` table (the help desk reads it; nothing is deleted) but loads only the last
``window_turns`` turns, preceded by a few synthetic events that restore the conversation's
state as it was when the window opens: every slot, the latest user message and bot utterance,
the latest action, the active loop (interrupted or rejected) and a person's take-over (paused).

The state at the start of each stored turn is kept in a small table of its own
(``tracker_checkpoints``, pruned to the window), written when the turn is saved: no query reads
more than the window. The synthetic events are never stored: a tracker remembers how many of its
events are already in the table, and only the ones after that are appended.

Answers to a form's personal fields are never written in clear, in the events or in the
checkpoints: rasa_plugins/pending_answers.py encrypts them before a save and decrypts them at a load.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActiveLoop,
    ConversationPaused,
    Event,
    FollowupAction,
    LoopInterrupted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from rasa_plugins.action_connections import keep_action_connections
from rasa_plugins.action_failures import fail_turns_on_action_server_errors
from rasa_plugins.action_response_check import check_action_responses_with_compiled_schema
from rasa_plugins.action_retry import retry_refused_connections
from rasa_plugins.event_types import resolve_event_types_once
from rasa_plugins.pending_answers import PendingAnswers
from rasa_plugins.sqlite_files import pooled_engine
from rasa_plugins.tracker_outage import (
    commit_outcome_unknown,
    fail_turns_instead_of_falling_back,
    waits_out_outages,
)

logger = logging.getLogger(__name__)

CHECKPOINTS_TABLE = "tracker_checkpoints"
# Rasa re-reads and featurises the window for each of a message's predictions (a fifth of its CPU at 10
# turns). Five is more than any rule needs (one user turn) and still holds the ten messages a hand-over
# copies for the help desk (actions/handoff.py).
DEFAULT_WINDOW_TURNS = 5
# On a tracker this store returned or saved: (events already stored, serialised state events at its end).
_STORED = "_windowed_store_stored"

_metadata = sa.MetaData()
checkpoints = sa.Table(
    CHECKPOINTS_TABLE,
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False),
    # The id of the first event the turn stored, in Rasa's events table.
    sa.Column("first_event_id", sa.Integer, nullable=False),
    # The conversation's state just before that event, as serialised events to replay.
    sa.Column("state", sa.Text, nullable=False),
    sa.Index("ix_tracker_checkpoints_sender_event", "sender_id", "first_event_id"),
)


def state_events(tracker: DialogueStateTracker) -> list[Event]:
    """Events that, replayed on an empty tracker, give ``tracker``'s current state.

    Slots, paused, active loop, latest message, bot utterance and action are exact; the loop's
    trigger message becomes the latest message (Rasa only stores it).
    """
    at = tracker.events[-1].timestamp if tracker.events else None
    events: list[Event] = [
        SlotSet(name, slot.value, timestamp=at)
        for name, slot in tracker.slots.items()
        if slot.value != slot.initial_value
    ]
    if not tracker.latest_message.is_empty():
        events.append(tracker.latest_message)
    bot = tracker.latest_bot_utterance
    if bot.text or bot.data:
        events.append(bot)
    loop = tracker.active_loop
    if loop is not None and loop.name:
        events.append(ActiveLoop(loop.name, timestamp=at))
    action = tracker.latest_action
    if action:
        # Replaying it also clears a follow-up and resets the loop's flags, restored below.
        events.append(
            ActionExecuted(action_name=action.get("action_name"), action_text=action.get("action_text"), timestamp=at)
        )
    if loop is not None and loop.name:
        if loop.is_interrupted:
            events.append(LoopInterrupted(True, timestamp=at))
        if loop.rejected:
            events.append(ActionExecutionRejected(loop.name, timestamp=at))
    if tracker.followup_action and action:
        events.append(FollowupAction(tracker.followup_action, timestamp=at))
    if tracker.is_paused():
        events.append(ConversationPaused(timestamp=at))
    return events


class WindowedSQLTrackerStore(SQLTrackerStore):
    """An SQL tracker store that loads a bounded window of the latest turns (see the module)."""

    def __init__(
        self,
        *args: Any,
        window_turns: int = DEFAULT_WINDOW_TURNS,
        pending: PendingAnswers | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        # The registry at HIRFA_DATABASE_URL keeps the keys of answers pending consent.
        self.pending = pending or PendingAnswers(_registry_from_settings)
        # Rasa builds its tracker store once, at start: the project's first code to run in Rasa's server.
        check_action_responses_with_compiled_schema()
        resolve_event_types_once()
        retry_refused_connections()
        keep_action_connections()
        # A database outage is waited out, then fails the turn: never an empty stand-in (tracker_outage.py).
        fail_turns_instead_of_falling_back()
        fail_turns_on_action_server_errors()  # nor on a form whose validation the action server could not run
        if int(window_turns) < 1:
            raise ValueError("window_turns must be at least 1")
        self.window_turns = int(window_turns)
        if self.engine.dialect.name == "sqlite":
            self.engine.dispose()
            self.engine = pooled_engine(self.engine.url)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        else:
            # After a database restart every pooled connection is dead; Rasa's engine would hand them out
            # and, failing, answer from an empty conversation (bench/faults.py): test each before use.
            self.engine.dispose()
            self.engine = sa.create_engine(self.engine.url, pool_pre_ping=True, **create_engine_kwargs(self.engine.url))
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        _create_once(lambda: create_tables(self.engine), "tracker tables")

    @waits_out_outages
    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The latest ``window_turns`` turns after the state they start from (the whole session if shorter)."""
        with self.session_scope() as session:
            start = session.execute(
                sa.select(checkpoints.c.first_event_id, checkpoints.c.state)
                .where(checkpoints.c.sender_id == sender_id)
                .order_by(checkpoints.c.first_event_id.desc())
                .offset(self.window_turns - 1)
                .limit(1)
            ).first()
            if start is not None and self.domain:
                rows = (
                    session.query(self.SQLEvent.data)
                    .filter(self.SQLEvent.sender_id == sender_id, self.SQLEvent.id >= start.first_event_id)
                    .order_by(self.SQLEvent.id)
                    .all()
                )
                events = json.loads(start.state) + [json.loads(row.data) for row in rows]
                self.pending.open(sender_id, events)
                tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
                return _remember_stored(tracker)
        # Fewer turns than the window (or a conversation stored before this store): Rasa's own query.
        tracker = await super().retrieve(sender_id)
        return _remember_stored(tracker) if tracker is not None else None

    @waits_out_outages
    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        """Every event of every session, as Rasa loads it (for the HTTP API and exports)."""
        tracker = await super().retrieve_full_tracker(conversation_id)
        return _remember_stored(tracker) if tracker is not None else None

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> DialogueStateTracker | None:
        """Rasa's own load, with the pending answers decrypted."""
        with self.session_scope() as session:
            rows = self._event_query(session, sender_id, fetch_events_from_all_sessions).all()
            events = [json.loads(row.data) for row in rows]
        if not (self.domain and events):
            return None
        self.pending.open(sender_id, events)
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)

    @waits_out_outages
    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the tracker's new events, and the state they start from, in one transaction.

        Personal answers are encrypted or replaced first (rasa_plugins/pending_answers.py); an event broker,
        if one is configured, gets the events as stored.
        """
        stored = getattr(tracker, _STORED, None)
        with self.session_scope() as session:
            if stored is not None:
                count, before = stored
                new_events = list(itertools.islice(tracker.events, count, None))
            else:
                # A tracker this store did not load (a new one): Rasa's count of what is stored.
                count = self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()
                new_events = list(itertools.islice(tracker.events, count, None))
                before = [] if count == 0 else None
            if new_events:
                data = [event.as_dict() for event in new_events]
                earlier = [_view(event) for event in itertools.islice(tracker.events, count)]
                self.pending.seal(tracker.sender_id, earlier + data, data, before)
                rows = [
                    self._row(tracker.sender_id, event.type_name, item)
                    for event, item in zip(new_events, data, strict=True)
                ]
                # SQL expressions rather than ORM objects (the unit of work cost Rasa's event loop more than the
                # writing); the first row alone, for the id its checkpoint names.
                events = self.SQLEvent.__table__
                first_id = session.execute(events.insert().values(rows[0])).inserted_primary_key[0]
                if len(rows) > 1:
                    session.execute(events.insert(), rows[1:])
                if before is not None:
                    self._add_checkpoint(session, tracker.sender_id, first_id, before)
                with commit_outcome_unknown():  # not tried again: it may be stored
                    session.commit()
                if self.event_broker is not None:
                    for item in data:
                        self.event_broker.publish({"sender_id": tracker.sender_id, **item})
        _remember_stored(tracker)
        logger.debug("Stored %d new events of %s", len(new_events), tracker.sender_id)

    @staticmethod
    def _row(sender_id: str, type_name: str, data: dict[str, Any]) -> dict[str, Any]:
        """The columns Rasa's own store writes for an event."""
        return {
            "sender_id": sender_id,
            "type_name": type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    def _add_checkpoint(self, session: Any, sender_id: str, first_event_id: int, state: list[dict]) -> None:
        session.execute(
            checkpoints.insert().values(sender_id=sender_id, first_event_id=first_event_id, state=json.dumps(state))
        )
        # Only the window's checkpoints are ever read: drop the older ones (about one per save).
        oldest_kept = (
            sa.select(checkpoints.c.first_event_id)
            .where(checkpoints.c.sender_id == sender_id)
            .order_by(checkpoints.c.first_event_id.desc())
            .offset(self.window_turns - 1)
            .limit(1)
            .scalar_subquery()
        )
        session.execute(
            checkpoints.delete().where(
                checkpoints.c.sender_id == sender_id, checkpoints.c.first_event_id < oldest_kept
            )
        )


def create_tables(engine: sa.engine.Engine) -> None:
    """Create the store's tables and indexes where missing: Rasa's events, the checkpoints, the window's index.

    A layout of several servers runs this once before they start (``hirfa db tracker``): Rasa's own
    table creation, racing another server's, logs an error even when the other server's succeeds.
    """
    SQLTrackerStore.Base.metadata.create_all(engine)
    _metadata.create_all(engine)
    if engine.dialect.name != "sqlite":  # SQLite's sender_id index already ends with the row id
        _events_window_index().create(engine, checkfirst=True)


@lru_cache(maxsize=1)
def _events_window_index() -> sa.Index:
    """Lets the window's query read only the window's rows on PostgreSQL too (Rasa indexes sender_id alone).

    Built once: each Index object joins the events table's indexes, and two of one name would be created twice.
    """
    return sa.Index("ix_events_sender_id_id", SQLTrackerStore.SQLEvent.sender_id, SQLTrackerStore.SQLEvent.id)


def _create_once(create: Callable[[], Any], what: str) -> None:
    """Run ``create`` (checking first what exists); another server starting at once may win the race.

    Two servers creating the same table or index on PostgreSQL: the loser sees a unique violation on the
    catalogue rather than "already exists". Once the winner has committed, a second check finds it.
    """
    try:
        create()
    except (sa.exc.OperationalError, sa.exc.ProgrammingError, sa.exc.IntegrityError) as error:
        logger.info("The %s was being created by another server: %s", what, error)
        create()


@lru_cache(maxsize=1)
def _registry_from_settings() -> Any:
    """The registry at HIRFA_DATABASE_URL, opened on first need (one engine for the server)."""
    from hirfa.settings import Settings
    from registry.db import Registry

    return Registry.from_url(Settings.from_env().database_url)


def _view(event: Event) -> dict[str, Any]:
    """What rasa_plugins.pending_answers reads of an event already stored: cheaper than Rasa's whole JSON of it."""
    if isinstance(event, SlotSet):
        return {"event": "slot", "name": event.key, "value": event.value}
    if isinstance(event, ActiveLoop):
        return {"event": "active_loop", "name": event.name}
    if isinstance(event, UserUttered):
        return {"event": "user", "parse_data": {"entities": event.entities}}
    return {"event": event.type_name}


def _remember_stored(tracker: DialogueStateTracker) -> DialogueStateTracker:
    # Serialised now: later events may change the objects the state refers to.
    setattr(tracker, _STORED, (len(tracker.events), [event.as_dict() for event in state_events(tracker)]))
    return tracker


def forget(connection: sa.engine.Connection, sender_id: str) -> None:
    """Delete a sender's checkpoints (their slot values) along with their events."""
    if sa.inspect(connection).has_table(CHECKPOINTS_TABLE):
        connection.execute(checkpoints.delete().where(checkpoints.c.sender_id == sender_id))
