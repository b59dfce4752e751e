"""Reading Rasa's SQL conversation store (its ``events`` table), which Rasa alone writes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, select
from sqlalchemy.exc import OperationalError, ProgrammingError

# Rasa 3.6's SQLTrackerStore.SQLEvent, declared here only to read it.
metadata = MetaData()
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)


@dataclass(frozen=True)
class Event:
    """One stored event: its row id, the conversation, and Rasa's JSON of it."""

    id: int
    sender_id: str
    type_name: str
    timestamp: float
    data: dict[str, Any]


# A lone surrogate ("\ud800" in a user's JSON) survives json.loads but no UTF-8 database or page can hold it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {_clean(key): _clean(item) for key, item in value.items()}
    return value


def _event(row: Any) -> Event:
    try:
        data = _clean(json.loads(row.data or "{}"))
    except ValueError:
        data = {}
    return Event(row.id, row.sender_id, row.type_name, row.timestamp or 0.0, data)


class TrackerStore:
    """Read-only access to the events Rasa stored, at ``url`` (an SQLAlchemy URL)."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(url, future=True)

    def conversation(self, sender_id: str) -> list[Event]:
        """Every stored event of one conversation, oldest first (empty when Rasa has not stored any)."""
        query = select(events).where(events.c.sender_id == sender_id).order_by(events.c.id)
        return self._read(query)

    def event(self, event_id: int) -> Event | None:
        """One stored event by its row id, or None when there is none."""
        found = self._read(select(events).where(events.c.id == event_id))
        return found[0] if found else None

    def after(self, last_id: int, limit: int) -> list[Event]:
        """Up to ``limit`` events of any conversation stored after event ``last_id``, in order."""
        query = select(events).where(events.c.id > last_id).order_by(events.c.id).limit(limit)
        return self._read(query)

    def _read(self, query: Any) -> list[Event]:
        try:
            with self.engine.connect() as connection:
                return [_event(row) for row in connection.execute(query)]
        except (OperationalError, ProgrammingError) as error:
            # Before Rasa's first message the table does not exist yet.
            if "no such table" in str(error) or "does not exist" in str(error):
                return []
            raise

    def iterate(self, last_id: int = 0, batch: int = 5000) -> Iterator[Event]:
        """Every event after ``last_id``, read in batches."""
        while chunk := self.after(last_id, batch):
            yield from chunk
            last_id = chunk[-1].id

    def dispose(self) -> None:
        self.engine.dispose()
