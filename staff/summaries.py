"""The inbox's summary of each conversation, kept up to date from Rasa's events as they arrive.

Rasa alone writes its ``events`` table; reading all of it for every page would not hold at
500,000 events. ``catch_up`` reads the events stored after the high-water mark (``IndexMark``
"tracker_events") and folds them into one ``ConversationSummary`` row per sender, so the inbox
only ever queries that indexed table. ``follow`` does it continuously (``hirfa staff index --follow``).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from actions.fallback import RESPONSE_FOR_PROBLEM
from registry.db import Registry
from registry.models import ConversationSummary, IndexMark
from staff.tracker import Event, TrackerStore, events

logger = logging.getLogger(__name__)

MARK = "tracker_events"
BATCH = 5000
SEARCH_TEXT_LIMIT = 20_000
LAST_MESSAGE_LIMIT = 1000
# The SQL "IN" lists stay well under SQLite's limit on bound parameters.
CHUNK = 500

HANDOFF_INTENT = "human_handoff"
HANDOFF_ACTION = "action_handoff"
# Rasa's default fallback, and the project's (config.yml: core_fallback_action_name).
FALLBACK_ACTIONS = frozenset({"action_default_fallback", "action_fallback"})
# action_fallback notes the question as unanswered (actions/unanswered.py) unless the input guard
# found a problem with the message itself; action_answer_topic notes it and says it has no content.
NOTING_FALLBACK = "action_fallback"
UNANSWERED_RESPONSE = "utter_content_unknown"
FORGET_ACTION = "action_forget_me"
FORGET_SLOT = "forget_confirm"
LANGUAGE_SLOT = "language"
# What an event depends on, by key: the event type that sets it, its name when it must have one,
# and how to read the value from Rasa's JSON of that event.
_CONTEXT: dict[str, tuple[str, str | None, Callable[[dict], object]]] = {
    "last_action": ("action", None, lambda data: data.get("name") or ""),
    "active_loop": ("active_loop", None, lambda data: data.get("name")),
    "input_problem": ("user", None, lambda data: (data.get("parse_data") or {}).get("input_problem")),
    "forget_confirm": ("slot", FORGET_SLOT, lambda data: data.get("value")),
}


@dataclass
class _Conversation:
    """One sender's summary row while a batch is folded into it, with the context events depend on."""

    row: ConversationSummary
    first_id: int
    # What stood before the event being folded (see _CONTEXT); a key is missing until read.
    context: dict[str, object]
    earliest: float | None = None
    latest: float | None = None
    texts: list[str] = field(default_factory=list)


def catch_up(registry: Registry, tracker: TrackerStore, limit: int = BATCH) -> int:
    """Fold at most ``limit`` new events into the summaries, in one transaction; how many were read.

    Two processes catching up at once (the follower and a page) cannot both apply a batch: the mark
    only moves from the value this call read, else nothing is written and 0 is returned.
    """
    with registry.session() as session:
        mark = session.get(IndexMark, MARK)
        if mark is None:
            mark = IndexMark(name=MARK, last_id=0)
            session.add(mark)
            try:
                session.flush()
            except IntegrityError:
                session.rollback()
                return 0
        last_id = mark.last_id
        batch = tracker.after(last_id, limit)
        if not batch:
            return 0
        claimed = session.execute(
            update(IndexMark)
            .where(IndexMark.name == MARK, IndexMark.last_id == last_id)
            .values(last_id=batch[-1].id)
            .execution_options(synchronize_session=False)
        ).rowcount
        if claimed != 1:
            session.rollback()
            return 0
        _fold(session, tracker, batch)
    return len(batch)


def catch_up_all(registry: Registry, tracker: TrackerStore, batch: int = BATCH) -> int:
    """Catch up until no event is left; how many were read."""
    total = 0
    while done := catch_up(registry, tracker, batch):
        total += done
    return total


def follow(
    registry: Registry,
    tracker: TrackerStore,
    *,
    batch: int = BATCH,
    pause: float = 1.0,
    stop: Callable[[], bool] = lambda: False,
    report: Callable[[int, int], None] | None = None,
) -> None:
    """Keep catching up until ``stop()``; ``report(events, last_id)`` after each batch that read some."""
    while not stop():
        try:
            done = catch_up(registry, tracker, batch)
        except OperationalError as error:
            # A locked or restarting database is transient: the next round retries the same batch.
            logger.warning("The conversation index could not catch up: %s", error)
            done = 0
        if done and report is not None:
            report(done, last_mark(registry))
        if done < batch:
            time.sleep(pause)


def last_mark(registry: Registry) -> int:
    """The id of the last event folded into the summaries."""
    with registry.session() as session:
        mark = session.get(IndexMark, MARK)
        return mark.last_id if mark else 0


def _fold(session: Session, tracker: TrackerStore, batch: list[Event]) -> None:
    by_sender: dict[str, list[Event]] = {}
    for event in batch:
        by_sender.setdefault(event.sender_id, []).append(event)
    rows = _rows(session, list(by_sender))
    for sender_id, sender_events in by_sender.items():
        row = rows.get(sender_id)
        if row is None:
            row = _new_row(sender_id)
            session.add(row)
            # No summary yet: nothing came before this batch that an event could depend on.
            conversation = _Conversation(row, sender_events[0].id, dict.fromkeys(_CONTEXT))
        else:
            conversation = _Conversation(row, sender_events[0].id, {})
        for event in sender_events:
            _apply(conversation, event, tracker)
        _finish(conversation)


def _rows(session: Session, sender_ids: list[str]) -> dict[str, ConversationSummary]:
    found: dict[str, ConversationSummary] = {}
    for start in range(0, len(sender_ids), CHUNK):
        chunk = sender_ids[start : start + CHUNK]
        query = select(ConversationSummary).where(ConversationSummary.sender_id.in_(chunk))
        found.update((row.sender_id, row) for row in session.scalars(query))
    return found


def _new_row(sender_id: str) -> ConversationSummary:
    return ConversationSummary(
        sender_id=sender_id,
        channel="",
        reply_language="",
        variety="",
        last_message="",
        top_intent="",
        lowest_confidence=None,
        user_messages=0,
        asked_person=False,
        fallback=False,
        unanswered=False,
        voice_note=False,
        form_abandoned=False,
        deleted=False,
        paused=False,
        search_text="",
    )


def _apply(conversation: _Conversation, event: Event, tracker: TrackerStore) -> None:
    row, data, kind = conversation.row, event.data, event.type_name
    if event.timestamp:
        if conversation.earliest is None or event.timestamp < conversation.earliest:
            conversation.earliest = event.timestamp
        if conversation.latest is None or event.timestamp > conversation.latest:
            conversation.latest = event.timestamp
    if kind == "user":
        _user_message(conversation, data)
    elif kind == "bot":
        text = data.get("text") or ""
        if text:
            row.last_message = text[:LAST_MESSAGE_LIMIT]
        if _response_name(data) == UNANSWERED_RESPONSE:
            row.unanswered = True
    elif kind == "action":
        _action(conversation, data.get("name") or "", tracker)
    elif kind == "slot":
        if data.get("name") == LANGUAGE_SLOT and isinstance(data.get("value"), str):
            row.reply_language = data["value"][:8]
        elif data.get("name") == FORGET_SLOT:
            conversation.context["forget_confirm"] = data.get("value")
    elif kind == "active_loop":
        name = data.get("name")
        if name is None:
            # A form closes its own loop only once its slots are filled (the rules then run its submit
            # action); closed by another action (action_stop_form, action_deactivate_loop), it was abandoned.
            closing = _context(conversation, "active_loop", tracker)
            if closing and _context(conversation, "last_action", tracker) != closing:
                row.form_abandoned = True
        conversation.context["active_loop"] = name
    elif kind == "pause":
        row.paused = True
    elif kind == "resume":
        row.paused = False


def _user_message(conversation: _Conversation, data: dict) -> None:
    row = conversation.row
    parse = data.get("parse_data") or {}
    intent = parse.get("intent") or {}
    metadata = data.get("metadata") or {}
    text = data.get("text") or ""
    row.user_messages = (row.user_messages or 0) + 1
    if text:
        row.last_message = text[:LAST_MESSAGE_LIMIT]
        conversation.texts.append(text.casefold())
    row.top_intent = (intent.get("name") or "")[:100]
    confidence = intent.get("confidence")
    if isinstance(confidence, (int, float)):
        row.lowest_confidence = (
            confidence if row.lowest_confidence is None else min(row.lowest_confidence, confidence)
        )
    if isinstance(parse.get("variety"), str) and parse["variety"]:
        row.variety = parse["variety"][:16]
    channel = metadata.get("channel") or data.get("input_channel")
    if isinstance(channel, str) and channel:
        row.channel = channel[:32]
    if metadata.get("voice_file_id"):
        row.voice_note = True
    if row.top_intent == HANDOFF_INTENT:
        row.asked_person = True
    conversation.context["input_problem"] = parse.get("input_problem")


def _action(conversation: _Conversation, name: str, tracker: TrackerStore) -> None:
    row = conversation.row
    if name == HANDOFF_ACTION:
        row.asked_person = True
    elif name in FALLBACK_ACTIONS:
        row.fallback = True
        if (
            name == NOTING_FALLBACK
            and _context(conversation, "input_problem", tracker) not in RESPONSE_FOR_PROBLEM
        ):
            row.unanswered = True
    elif name == FORGET_ACTION and _context(conversation, "forget_confirm", tracker) is True:
        # The action deleted their data and marked the summary; events read late must not bring the texts back.
        row.deleted = True
        row.last_message = ""
        row.search_text = ""
        conversation.texts.clear()
    conversation.context["last_action"] = name


def _context(conversation: _Conversation, key: str, tracker: TrackerStore) -> object:
    """``key`` as it stood before the event being folded; read from the store when it was set before this batch."""
    if key not in conversation.context:
        conversation.context[key] = _earlier(tracker, conversation.row.sender_id, conversation.first_id, key)
    return conversation.context[key]


def _earlier(tracker: TrackerStore, sender_id: str, before_id: int, key: str) -> object:
    """The value of context ``key`` from the last event of ``sender_id`` stored before event ``before_id``."""
    type_name, named, read = _CONTEXT[key]
    query = select(events.c.data).where(
        events.c.sender_id == sender_id, events.c.id < before_id, events.c.type_name == type_name
    )
    if named is not None:
        # Rasa stores an event's "name" (the action, the slot) in action_name too.
        query = query.where(events.c.action_name == named)
    with tracker.engine.connect() as connection:
        data = connection.execute(query.order_by(events.c.id.desc()).limit(1)).scalar()
    return None if data is None else read(_json(data))


def _json(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _response_name(data: dict) -> str:
    # Rasa keeps the response's name in the event's metadata; the project's replies also carry it in custom.
    metadata = data.get("metadata") or {}
    custom = (data.get("data") or {}).get("custom") or {}
    return metadata.get("utter_action") or (custom.get("response") if isinstance(custom, dict) else "") or ""


def _finish(conversation: _Conversation) -> None:
    row = conversation.row
    if conversation.earliest is not None:
        earliest = _moment(conversation.earliest)
        if row.started_at is None or earliest < row.started_at:
            row.started_at = earliest
    if conversation.latest is not None:
        latest = _moment(conversation.latest)
        if row.last_at is None or latest > row.last_at:
            row.last_at = latest
    if row.started_at is None:  # events without a timestamp: when they were read
        row.started_at = row.last_at = datetime.now(timezone.utc)
    if conversation.texts:
        joined = " ".join(conversation.texts)
        row.search_text = (f"{row.search_text} {joined}" if row.search_text else joined)[-SEARCH_TEXT_LIMIT:]


def _moment(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc)
