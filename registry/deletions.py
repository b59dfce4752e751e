"""Forgetting a user durably: the registry rows at once, the conversation by a worker that survives restarts.

When the user confirms ``forget_me``, ``forget`` deletes their registry rows and writes a
``DeletionJob`` in the same transaction. The conversation itself cannot go then: Rasa stores
the turn's events (and the windowed store a checkpoint holding every slot) only after the action
has answered. ``hirfa forget-worker`` runs each job once it is ``SETTLE`` old, deleting the
sender's events, checkpoints and late registry rows, and once more ``RECHECK`` later to catch a
re-save (Rasa appends the events it did not store before, from the count it loaded). A job stays
pending in the database until both passes succeeded, so a stopped worker or action server loses
nothing: the next worker picks it up.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from registry import help_desk, queries
from registry.db import Registry
from registry.models import (
    AnnouncementDelivery,
    Correction,
    DeletionJob,
    NewsSubscription,
    Reminder,
    TrainingExample,
    UnansweredQuestion,
)
from registry.types import as_utc, utc_now

logger = logging.getLogger(__name__)

SETTLE = timedelta(seconds=5)
RECHECK = timedelta(seconds=60)
RETRY = timedelta(seconds=30)
POLL_SECONDS = 2.0
PASSES = 2
# rasa_plugins.windowed_tracker_store.CHECKPOINTS_TABLE, not imported: that module loads Rasa.
CHECKPOINTS_TABLE = "tracker_checkpoints"
_CHUNK = 500


@dataclass(frozen=True)
class Erased:
    """What the confirmation deleted from the registry, by kind."""

    requests: int = 0
    handoffs: int = 0
    questions: int = 0
    corrections: int = 0
    training_examples: int = 0
    news: int = 0  # the news subscription and the announcements' delivery rows naming the chat
    reminders: int = 0  # the reminders along the path, sent or to send

    @property
    def total(self) -> int:
        """Every row deleted."""
        return (
            self.requests
            + self.handoffs
            + self.questions
            + self.corrections
            + self.training_examples
            + self.news
            + self.reminders
        )


def forget(session: Session, sender_id: str, now: datetime | None = None) -> Erased:
    """Delete ``sender_id``'s registry rows and schedule their conversation's deletion, in the caller's transaction."""
    now = as_utc(now or utc_now())
    extra = _erase_registry_rows(session, sender_id)
    deleted = queries.delete_conversation_data(session, sender_id)
    help_desk.mark_deleted(session, sender_id)
    erased = Erased(
        deleted.requests,
        deleted.handoffs,
        deleted.questions,
        *extra,
        news=_erase_news(session, sender_id),
        reminders=_erase_reminders(session, sender_id),
    )
    session.add(
        DeletionJob(
            sender_id=sender_id,
            status="pending",
            created_at=now,
            run_after=now + SETTLE,
            registry_rows=erased.total,
        )
    )
    session.flush()
    return erased


def _erase_registry_rows(session: Session, sender_id: str) -> tuple[int, int]:
    """The rows holding the user's words beyond delete_conversation_data's: corrections and filed examples."""
    fetch = {"synchronize_session": "fetch"}
    corrections = session.execute(
        sa.delete(Correction).where(Correction.conversation_id == sender_id), execution_options=fetch
    ).rowcount
    # An editor filed some noted questions as training examples: a copy of the text with no conversation id.
    texts = list(
        set(
            session.scalars(
                sa.select(UnansweredQuestion.text).where(UnansweredQuestion.conversation_id == sender_id)
            )
        )
    )
    examples = 0
    for start in range(0, len(texts), _CHUNK):
        examples += session.execute(
            sa.delete(TrainingExample).where(
                TrainingExample.source == "unanswered",
                TrainingExample.text.in_(texts[start : start + _CHUNK]),
            ),
            execution_options=fetch,
        ).rowcount
    return corrections, examples


def _erase_news(session: Session, sender_id: str) -> int:
    """The chat's news subscription and the delivery rows that name it (announcement counts stay)."""
    fetch = {"synchronize_session": "fetch"}
    rows = session.execute(
        sa.delete(NewsSubscription).where(NewsSubscription.chat_id == sender_id), execution_options=fetch
    ).rowcount
    return rows + session.execute(
        sa.delete(AnnouncementDelivery).where(AnnouncementDelivery.chat_id == sender_id), execution_options=fetch
    ).rowcount


def _erase_reminders(session: Session, sender_id: str) -> int:
    """The user's reminders: those to send (they would write to a forgotten user) and those sent."""
    return session.execute(
        sa.delete(Reminder).where(Reminder.sender_id == sender_id), execution_options={"synchronize_session": False}
    ).rowcount


def delete_tracker_data(
    connection: Connection, sender_id: str, stamped_before: float | None = None
) -> tuple[int, int]:
    """Delete ``sender_id``'s events (all, or those stamped before ``stamped_before``) and the checkpoints
    left without their events; how many events and checkpoints went."""
    if connection.dialect.name == "sqlite":
        # Zero the deleted rows' bytes in the file too, rather than leave them in free pages.
        connection.exec_driver_sql("PRAGMA secure_delete = ON")
    inspector = sa.inspect(connection)
    events = 0
    if inspector.has_table("events"):
        condition = "sender_id = :sender"
        if stamped_before is not None:
            condition += " AND (timestamp IS NULL OR timestamp < :before)"
        events = connection.execute(
            sa.text(f"DELETE FROM events WHERE {condition}"), {"sender": sender_id, "before": stamped_before}
        ).rowcount
    checkpoints = 0
    if inspector.has_table(CHECKPOINTS_TABLE):
        # A checkpoint is the state (every slot) before one of the sender's stored turns: without it, it goes.
        orphan = (
            "sender_id = :sender AND first_event_id NOT IN (SELECT id FROM events WHERE sender_id = :sender)"
        )
        checkpoints = connection.execute(
            sa.text(f"DELETE FROM {CHECKPOINTS_TABLE} WHERE {orphan}"), {"sender": sender_id}
        ).rowcount
    return events, checkpoints


def run_pass(
    registry: Registry,
    tracker: Engine,
    job_id: int,
    now: datetime | None = None,
    recheck: timedelta = RECHECK,
) -> bool:
    """Run the job's next pass; True when it succeeded (the job is then rescheduled or done)."""
    now = as_utc(now or utc_now())
    with registry.session() as session:
        job = session.get(DeletionJob, job_id)
        if job is None or job.status != "pending":
            return False
        sender_id, first_pass_at = job.sender_id, job.first_pass_at
    try:
        with tracker.begin() as connection:
            # The first pass deletes the whole conversation as it stands; the next ones only what was
            # stamped until just after it (a late re-save of the forgotten turn, whose last events Rasa
            # may stamp after the first pass), not a new conversation begun since.
            before = None if first_pass_at is None else (first_pass_at + SETTLE).timestamp()
            events, checkpoints = delete_tracker_data(connection, sender_id, before)
        with registry.session() as session:
            late_rows = sum(_erase_registry_rows(session, sender_id))
            late_rows += queries.delete_conversation_data(session, sender_id).total
            late_rows += _erase_reminders(session, sender_id)
            help_desk.mark_deleted(session, sender_id)
            job = session.get(DeletionJob, job_id)
            job.events += events
            job.checkpoints += checkpoints
            job.late_rows += late_rows
            job.passes += 1
            job.last_error = None
            if job.first_pass_at is None:
                job.first_pass_at = now
            if job.passes >= PASSES:
                job.status, job.finished_at, job.sender_id = "done", now, ""
            else:
                job.run_after = now + recheck
    except sa.exc.SQLAlchemyError as error:
        logger.warning("Deletion job %d: pass failed, retried in %s: %s", job_id, RETRY, error)
        with registry.session() as session:
            job = session.get(DeletionJob, job_id)
            job.last_error = str(error)[:2000]
            job.run_after = now + RETRY
        return False
    logger.info(
        "Deletion job %d: pass %d deleted %d events, %d checkpoints, %d late registry rows",
        job_id,
        job.passes,
        events,
        checkpoints,
        late_rows,
    )
    return True


def due_jobs(registry: Registry, now: datetime | None = None) -> Sequence[int]:
    """The ids of the pending jobs whose next pass is due, oldest first."""
    with registry.session() as session:
        return session.scalars(
            sa.select(DeletionJob.id)
            .where(DeletionJob.status == "pending", DeletionJob.run_after <= as_utc(now or utc_now()))
            .order_by(DeletionJob.run_after, DeletionJob.id)
        ).all()


def run_due(
    registry: Registry, tracker: Engine, now: datetime | None = None, recheck: timedelta = RECHECK
) -> int:
    """Run one pass of every due job; how many passes succeeded."""
    return sum(run_pass(registry, tracker, job_id, now, recheck) for job_id in due_jobs(registry, now))


def pending(registry: Registry) -> int:
    """How many jobs are not done yet."""
    with registry.session() as session:
        return session.scalar(sa.select(sa.func.count(DeletionJob.id)).where(DeletionJob.status == "pending"))


def work(
    registry: Registry,
    tracker: Engine,
    *,
    once: bool = False,
    recheck: timedelta = RECHECK,
    poll: float = POLL_SECONDS,
) -> int:
    """Run due passes until stopped (SIGTERM, Ctrl-C); ``once``: until no pass is due now. Passes run."""
    stop = threading.Event()
    previous: Any = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    done = 0
    try:
        while not stop.is_set():
            try:
                ran = run_due(registry, tracker, recheck=recheck)
                done += ran
                if once and (ran == 0 or not due_jobs(registry)):
                    break
            except sa.exc.SQLAlchemyError as error:
                # A database restarting: the jobs wait in it, so the worker waits too instead of exiting.
                logger.warning("Deletion jobs not run now, a database did not answer; trying again: %s", error)
                ran = 0
            if ran == 0:
                stop.wait(poll)
    except KeyboardInterrupt:
        pass
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return done
