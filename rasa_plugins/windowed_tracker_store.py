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
"""

from __future__ import annotations

import itertools
import json
import logging
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActiveLoop,
    ConversationPaused,
    Event,
    FollowupAction,
    LoopInterrupted,
    SlotSet,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from hirfa.action_response_check import check_action_responses_with_compiled_schema

logger = logging.getLogger(__name__)

CHECKPOINTS_TABLE = "tracker_checkpoints"
DEFAULT_WINDOW_TURNS = 10
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

    def __init__(self, *args: Any, window_turns: int = DEFAULT_WINDOW_TURNS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Rasa builds its tracker store once, at start: the project's first code to run in Rasa's server.
        check_action_responses_with_compiled_schema()
        if int(window_turns) < 1:
            raise ValueError("window_turns must be at least 1")
        self.window_turns = int(window_turns)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_write_ahead)
            self.engine.dispose()  # connections opened before the listener get it too
        _metadata.create_all(self.engine)
        if self.engine.dialect.name != "sqlite":  # SQLite's sender_id index already ends with the row id
            self._index_events_by_sender_and_id()

    def _index_events_by_sender_and_id(self) -> None:
        """Let the window's query read only the window's rows on PostgreSQL too (Rasa indexes sender_id alone)."""
        import sqlalchemy.exc

        index = sa.Index("ix_events_sender_id_id", self.SQLEvent.sender_id, self.SQLEvent.id)
        try:
            index.create(self.engine, checkfirst=True)
        except (sqlalchemy.exc.OperationalError, sqlalchemy.exc.ProgrammingError, sqlalchemy.exc.IntegrityError) as error:
            # Several servers starting at once: one of them creates it (the other may see a unique violation
            # on PostgreSQL's catalogue rather than "already exists").
            logger.info("Index on events not created here: %s", error)

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
                tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
                return _remember_stored(tracker)
        # Fewer turns than the window (or a conversation stored before this store): Rasa's own query.
        tracker = await super().retrieve(sender_id)
        return _remember_stored(tracker) if tracker is not None else None

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        """Every event of every session, as Rasa loads it (for the HTTP API and exports)."""
        tracker = await super().retrieve_full_tracker(conversation_id)
        return _remember_stored(tracker) if tracker is not None else None

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the tracker's new events, and the state they start from, in one transaction."""
        await self.stream_events(tracker)
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
                rows = [self._row(tracker.sender_id, event) for event in new_events]
                session.add_all(rows)
                session.flush()
                if before is not None:
                    self._add_checkpoint(session, tracker.sender_id, rows[0].id, before)
                session.commit()
        _remember_stored(tracker)
        logger.debug("Stored %d new events of %s", len(new_events), tracker.sender_id)

    def _row(self, sender_id: str, event: Event) -> Any:
        data = event.as_dict()
        return self.SQLEvent(
            sender_id=sender_id,
            type_name=event.type_name,
            timestamp=data.get("timestamp"),
            intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            action_name=data.get("name"),
            data=json.dumps(data),
        )

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


def _sqlite_write_ahead(connection: Any, _: Any) -> None:
    """The embedded layout's SQLite file in write-ahead mode, synced at checkpoints rather than each commit.

    Rasa's server commits a message's events on its event loop: in the default rollback-journal mode each
    commit waits for several fsyncs, and every other conversation waits with it (a sixth of the server's
    time at 15 messages a second, by py-spy). In WAL mode with synchronous=NORMAL a commit is a write to
    the log; readers (the help desk, the indexer) no longer block the writer. The trade: a power cut (not a
    crash of Rasa) may lose the last commits, never the file. The scaled layout's PostgreSQL is unchanged.
    """
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _remember_stored(tracker: DialogueStateTracker) -> DialogueStateTracker:
    # Serialised now: later events may change the objects the state refers to.
    setattr(tracker, _STORED, (len(tracker.events), [event.as_dict() for event in state_events(tracker)]))
    return tracker


def forget(connection: sa.engine.Connection, sender_id: str) -> None:
    """Delete a sender's checkpoints (their slot values) along with their events."""
    if sa.inspect(connection).has_table(CHECKPOINTS_TABLE):
        connection.execute(checkpoints.delete().where(checkpoints.c.sender_id == sender_id))
