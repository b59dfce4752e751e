"""Retention: deleting what is older than the period it is kept for (``hirfa purge --older-than 180d``).

Each kind is deleted on its own terms: a conversation whose newest event is older than the cut-off
goes whole (events, the windowed store's checkpoints, the inbox's summary), never a part of a
conversation still going on; requests only once closed or registered; handoffs once closed; noted
questions and lookup misses by their date; news: a subscription marked blocked (the user blocked the bot)
once blocked before the cut-off, and the delivery rows (chat ids) of announcements finished before it, whose
counts stay on the announcement. An active subscription stays: it is a standing request the user withdraws
with the button every announcement carries; reminders sent, cancelled or undeliverable by their last
change (a planned one stays). A dry run counts the same rows and writes nothing.
Finished deletion jobs stay: they name no one and are the record that a user was forgotten.
Work is done in batches, each its own transaction, so a long purge never holds a lock for long.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from registry.db import Registry
from registry.deletions import CHECKPOINTS_TABLE
from registry.models import (
    Announcement,
    AnnouncementDelivery,
    ConversationSummary,
    HandoffRequest,
    LookupMiss,
    NewsSubscription,
    RegistrationRequest,
    Reminder,
    RequestStatusChange,
    UnansweredQuestion,
)
from registry.types import as_utc

KINDS = ("conversations", "requests", "handoffs", "questions", "lookups", "news", "reminders")
# A reminder still planned (or being sent) is the user's standing wish: only the others age out.
OPEN_REMINDER_STATUSES = ("pending", "sending")
CLOSED_REQUEST_STATUSES = ("closed", "registered")
BATCH = 500
_UNITS = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}
_DURATION = re.compile(r"\s*(\d+)\s*([dhms])\s*")

# (kind, rows done, rows in all), after each batch.
Progress = Callable[[str, int, int], None]


def parse_duration(text: str) -> timedelta:
    """``"180d"``, ``"24h"``, ``"30m"`` or ``"45s"`` as a timedelta; ValueError otherwise."""
    match = _DURATION.fullmatch(text or "")
    if not match or int(match[1]) == 0:
        raise ValueError(f"expected a positive duration such as 180d, 24h, 30m or 45s, got {text!r}")
    return timedelta(**{_UNITS[match[2]]: int(match[1])})


def purge(
    registry: Registry,
    tracker: Engine,
    kinds: tuple[str, ...],
    cutoff: datetime,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Delete (or with ``dry_run`` only count) each kind's rows older than ``cutoff``; rows per kind."""
    cutoff = as_utc(cutoff)
    report = progress or (lambda kind, done, total: None)
    counts: dict[str, int] = {}
    for kind in kinds:
        if kind == "conversations":
            counts[kind] = _conversations(registry, tracker, cutoff, dry_run, report)
        elif kind == "news":
            counts[kind] = _news(registry, cutoff, dry_run, report)
        else:
            counts[kind] = _registry_kind(registry, kind, cutoff, dry_run, report)
    return counts


# --- conversations (Rasa's store, and the inbox's summaries) ------------------------------------


def old_conversations(tracker: Engine, cutoff: datetime) -> list[str]:
    """The senders whose newest stored event is older than ``cutoff``."""
    with tracker.connect() as connection:
        if not sa.inspect(connection).has_table("events"):
            return []
        return list(
            connection.execute(
                sa.text("SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < :cutoff"),
                {"cutoff": cutoff.timestamp()},
            ).scalars()
        )


def _conversations(
    registry: Registry, tracker: Engine, cutoff: datetime, dry_run: bool, report: Progress
) -> int:
    senders = old_conversations(tracker, cutoff)
    with registry.session() as session:
        # Summaries whose events are gone already (a forgotten user, a store reset) are as old as their last_at.
        live = set(senders)
        stale = [
            sender
            for sender in session.scalars(
                sa.select(ConversationSummary.sender_id).where(ConversationSummary.last_at < cutoff)
            )
            if sender not in live
        ]
    total, done = len(senders) + len(stale), 0
    report("conversations", 0, total)
    for start in range(0, len(senders), BATCH):
        chunk = senders[start : start + BATCH]
        if not dry_run:
            with tracker.begin() as connection:
                has_checkpoints = sa.inspect(connection).has_table(CHECKPOINTS_TABLE)
                # Checked again in the transaction: a conversation may have resumed since it was listed.
                for sender in chunk:
                    newest = connection.execute(
                        sa.text("SELECT MAX(timestamp) FROM events WHERE sender_id = :s"), {"s": sender}
                    ).scalar()
                    if newest is not None and newest >= cutoff.timestamp():
                        continue
                    connection.execute(sa.text("DELETE FROM events WHERE sender_id = :s"), {"s": sender})
                    if has_checkpoints:
                        connection.execute(
                            sa.text(f"DELETE FROM {CHECKPOINTS_TABLE} WHERE sender_id = :s"), {"s": sender}
                        )
            _delete_summaries(registry, chunk)
        done += len(chunk)
        report("conversations", done, total)
    for start in range(0, len(stale), BATCH):
        chunk = stale[start : start + BATCH]
        if not dry_run:
            _delete_summaries(registry, chunk)
        done += len(chunk)
        report("conversations", done, total)
    return total


def _delete_summaries(registry: Registry, senders: list[str]) -> None:
    with registry.session() as session:
        session.execute(sa.delete(ConversationSummary).where(ConversationSummary.sender_id.in_(senders)))


# --- news: blocked subscriptions, finished announcements' deliveries ------------------------------


def _news(registry: Registry, cutoff: datetime, dry_run: bool, report: Progress) -> int:
    with registry.session() as session:
        chats = list(
            session.scalars(
                sa.select(NewsSubscription.chat_id).where(
                    NewsSubscription.status == "blocked", NewsSubscription.blocked_at < cutoff
                )
            )
        )
        finished = sa.select(Announcement.id).where(
            Announcement.status.in_(("done", "cancelled")), Announcement.finished_at < cutoff
        )
        deliveries = list(
            session.scalars(
                sa.select(AnnouncementDelivery.id).where(AnnouncementDelivery.announcement_id.in_(finished))
            )
        )
    total = len(chats) + len(deliveries)
    report("news", 0, total)
    done = 0
    for rows, column in ((chats, NewsSubscription.chat_id), (deliveries, AnnouncementDelivery.id)):
        for start in range(0, len(rows), BATCH):
            chunk = rows[start : start + BATCH]
            if not dry_run:
                with registry.session() as session:
                    condition = column.in_(chunk)
                    if column is NewsSubscription.chat_id:
                        # Checked again: the user may have subscribed anew since it was listed.
                        condition = sa.and_(condition, NewsSubscription.status == "blocked")
                    session.execute(sa.delete(column.class_).where(condition))
            done += len(chunk)
            report("news", done, total)
    return total


# --- the registry's own kinds ---------------------------------------------------------------------


def _old_ids(kind: str, cutoff: datetime) -> Any:
    """The select of the ids of ``kind``'s rows older than ``cutoff`` (and closed, where that matters)."""
    if kind == "requests":
        return sa.select(RegistrationRequest.id).where(
            RegistrationRequest.status.in_(CLOSED_REQUEST_STATUSES), RegistrationRequest.updated_at < cutoff
        )
    if kind == "handoffs":
        closed_at = sa.func.coalesce(HandoffRequest.closed_at, HandoffRequest.created_at)
        return sa.select(HandoffRequest.id).where(HandoffRequest.status == "closed", closed_at < cutoff)
    if kind == "questions":
        return sa.select(UnansweredQuestion.id).where(UnansweredQuestion.asked_at < cutoff)
    if kind == "lookups":
        return sa.select(LookupMiss.id).where(LookupMiss.failed_at < cutoff)
    if kind == "reminders":
        return sa.select(Reminder.id).where(
            Reminder.status.not_in(OPEN_REMINDER_STATUSES), Reminder.updated_at < cutoff
        )
    raise ValueError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")


_TABLES: dict[str, Any] = {
    "requests": RegistrationRequest,
    "handoffs": HandoffRequest,
    "questions": UnansweredQuestion,
    "lookups": LookupMiss,
    "reminders": Reminder,
}


def _registry_kind(registry: Registry, kind: str, cutoff: datetime, dry_run: bool, report: Progress) -> int:
    with registry.session() as session:
        ids = list(session.scalars(_old_ids(kind, cutoff)))
    report(kind, 0, len(ids))
    model = _TABLES[kind]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        if not dry_run:
            with registry.session() as session:
                if kind == "requests":
                    # History first: the database may not cascade (SQLite without foreign keys on).
                    session.execute(
                        sa.delete(RequestStatusChange).where(RequestStatusChange.request_id.in_(chunk))
                    )
                session.execute(sa.delete(model).where(model.id.in_(chunk)))
        report(kind, min(start + BATCH, len(ids)), len(ids))
    return len(ids)
