"""Reminders along the path: recorded when a Telegram user asks, sent by the scheduler when due.

Rules, all in Africa/Casablanca time:
- quiet hours 21:00–08:00: a reminder due then is moved to 08:00;
- at most one reminder a week per user: one due within 7 days of the last sent is moved to 7 days
  after it;
- one pending reminder per step and user: asking again for the same step moves it.

Sending a reminder is claim → send → mark, each step committed: the row goes ``pending → sending``
by a conditional update (a second scheduler, or a frozen one that lost its lease, cannot claim it
too), then to what Telegram answered. A claim still ``sending`` after a minute was cut off by a
crash while its message was on the way, and nobody can tell whether Telegram got it: it is marked
``unknown`` and **not resent**. The window before the HTTP call is a few milliseconds against the
call's whole round trip, so such a message most likely went; a second copy of a nudge looks broken
to someone who reads little, while a lost one is a reminder the user can still see missing in
``/reminders``. A ``unknown`` counts as sent for the weekly limit. The same holds for a send cut off
in flight (time-out, dropped connection).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hirfa.artisan_path import NEXT_STEP, STEPS, WHEN
from outreach.sender import Delivery, Outcome
from registry.models import Reminder
from registry.types import as_utc

if TYPE_CHECKING:
    from outreach.tick import Tick

logger = logging.getLogger(__name__)

MOROCCO = ZoneInfo("Africa/Casablanca")
QUIET_FROM = time(21, 0)
QUIET_UNTIL = time(8, 0)
MIN_GAP = timedelta(days=7)
STALE_CLAIM = timedelta(minutes=1)
BATCH = 200
DEFAULT_LANGUAGE = "ary"
# A reminder still planned, or being sent.
OPEN_STATUSES = ("pending", "sending")
# A reminder that went (or may have): what the weekly limit counts.
SENT_STATUSES = ("sent", "unknown")
STATUS_OF_OUTCOME = {Outcome.SENT: "sent", Outcome.BLOCKED: "blocked", Outcome.FAILED: "failed"}


def outside_quiet_hours(moment: datetime) -> datetime:
    """``moment``, or 08:00 Casablanca time after it when it falls in the quiet hours (21:00–08:00)."""
    local = as_utc(moment).astimezone(MOROCCO)
    if QUIET_UNTIL <= local.time() < QUIET_FROM:
        return as_utc(moment)
    day = local.date() if local.time() < QUIET_UNTIL else local.date() + timedelta(days=1)
    return datetime.combine(day, QUIET_UNTIL, tzinfo=MOROCCO).astimezone(as_utc(moment).tzinfo)


def due_after(now: datetime, when: str) -> datetime:
    """When a reminder asked for ``when`` ("week" or "month") at ``now`` falls due."""
    return outside_quiet_hours(as_utc(now) + timedelta(days=WHEN[when]))


def local_date(moment: datetime) -> str:
    """The Casablanca date of ``moment``, ISO (the NLG formats ``*_date`` values with Babel)."""
    return as_utc(moment).astimezone(MOROCCO).date().isoformat()


# --- what the actions do for the user -------------------------------------------------------------


def schedule(
    session: Session, sender_id: str, language: str, step: str, when: str, now: datetime
) -> Reminder:
    """Record a reminder about ``step`` for ``when``; an open one about the same step is moved instead."""
    if step not in STEPS or when not in WHEN:
        raise ValueError(f"unknown step {step!r} or delay {when!r}")
    now = as_utc(now)
    due = due_after(now, when)
    reminder = session.scalars(
        sa.select(Reminder).where(
            Reminder.sender_id == sender_id, Reminder.step == step, Reminder.status == "pending"
        )
    ).first()
    if reminder is None:
        reminder = Reminder(sender_id=sender_id, step=step, status="pending", created_at=now)
        session.add(reminder)
    reminder.language, reminder.due_at, reminder.updated_at = language, due, now
    session.flush()
    return reminder


def pending(session: Session, sender_id: str) -> Sequence[Reminder]:
    """The user's reminders still to be sent, soonest first."""
    return session.scalars(
        sa.select(Reminder)
        .where(Reminder.sender_id == sender_id, Reminder.status == "pending")
        .order_by(Reminder.due_at, Reminder.id)
    ).all()


def cancel(session: Session, sender_id: str, now: datetime, reminder_id: int | None = None) -> list[Reminder]:
    """Cancel one of the user's pending reminders (``reminder_id``), or all of them; those cancelled."""
    query = sa.select(Reminder).where(Reminder.sender_id == sender_id, Reminder.status == "pending")
    if reminder_id is not None:
        query = query.where(Reminder.id == reminder_id)
    cancelled = list(session.scalars(query))
    for reminder in cancelled:
        reminder.status, reminder.updated_at = "cancelled", as_utc(now)
    session.flush()
    return cancelled


def delete_for(session: Session, sender_id: str) -> int:
    """Delete every reminder of ``sender_id`` (forget_me); how many."""
    return session.execute(
        sa.delete(Reminder).where(Reminder.sender_id == sender_id),
        execution_options={"synchronize_session": False},
    ).rowcount


# --- what the scheduler does ------------------------------------------------------------------------


def settle_stale_claims(session: Session, now: datetime) -> int:
    """Mark ``unknown`` the claims older than a minute (see the module's docstring); how many."""
    return session.execute(
        sa.update(Reminder)
        .where(Reminder.status == "sending", Reminder.claimed_at < as_utc(now) - STALE_CLAIM)
        # It may have gone when it was claimed: that moment counts for the weekly limit.
        .values(
            status="unknown",
            sent_at=Reminder.claimed_at,
            updated_at=as_utc(now),
            last_error="cut off while sending: not resent",
        )
        .execution_options(synchronize_session=False)
    ).rowcount


def last_sent_at(session: Session, sender_id: str) -> datetime | None:
    """When the user was last sent a reminder (or may have been), or None."""
    return session.scalar(
        sa.select(sa.func.max(Reminder.sent_at)).where(
            Reminder.sender_id == sender_id, Reminder.status.in_(SENT_STATUSES)
        )
    )


def allowed_from(session: Session, reminder: Reminder, now: datetime) -> datetime:
    """The first moment from ``now`` on when ``reminder`` may be sent (``now`` itself when it may go now)."""
    earliest = as_utc(now)
    last = last_sent_at(session, reminder.sender_id)
    if last is not None:
        earliest = max(earliest, as_utc(last) + MIN_GAP)
    return outside_quiet_hours(earliest)


def due_ids(session: Session, now: datetime, limit: int = BATCH) -> list[int]:
    """The pending reminders due at ``now``, earliest first."""
    return list(
        session.scalars(
            sa.select(Reminder.id)
            .where(Reminder.status == "pending", Reminder.due_at <= as_utc(now))
            .order_by(Reminder.due_at, Reminder.id)
            .limit(limit)
        )
    )


def claim(session: Session, reminder_id: int, now: datetime) -> bool:
    """Take a pending reminder for sending; False when another scheduler (or a cancel) got there first."""
    return (
        session.execute(
            sa.update(Reminder)
            .where(Reminder.id == reminder_id, Reminder.status == "pending")
            .values(status="sending", claimed_at=as_utc(now), updated_at=as_utc(now))
            .execution_options(synchronize_session=False)
        ).rowcount
        == 1
    )


def record(session: Session, reminder_id: int, delivery: Delivery, now: datetime) -> str:
    """Store what became of a claimed reminder; its new status."""
    now = as_utc(now)
    reminder = session.get(Reminder, reminder_id)
    reminder.updated_at = now
    reminder.last_error = delivery.detail[:2000] or None
    if delivery.outcome is Outcome.RETRY and not delivery.uncertain:
        reminder.status = "pending"
        reminder.due_at = outside_quiet_hours(now + timedelta(seconds=max(delivery.retry_after, 1.0)))
    elif delivery.outcome is Outcome.RETRY:
        reminder.status, reminder.sent_at = "unknown", now
    else:
        reminder.status = STATUS_OF_OUTCOME[delivery.outcome]
        if delivery.outcome is Outcome.SENT:
            reminder.sent_at, reminder.message_id = now, delivery.message_id
    if delivery.outcome is Outcome.BLOCKED:
        # The user blocked the bot (or left Telegram): the other reminders could not reach them either.
        session.execute(
            sa.update(Reminder)
            .where(Reminder.sender_id == reminder.sender_id, Reminder.status == "pending")
            .values(status="blocked", updated_at=now, last_error=reminder.last_error)
            .execution_options(synchronize_session=False)
        )
    return reminder.status


def message(tick: Tick, reminder: Reminder) -> dict[str, Any]:
    """The reminder as the user gets it: the step named in their language, its buttons, "stop reminders"."""
    from replies.messages import REMINDER_REPLIES
    from replies.render import render

    language = reminder.language if reminder.language in tick.catalogs else DEFAULT_LANGUAGE
    name = f"reminder_{reminder.step}"
    return render(REMINDER_REPLIES[name], name, language, tick.catalogs[language], {})


async def send_due(tick: Tick) -> None:
    """The scheduler's job: send every reminder due at the tick's moment, within the rules above."""
    now = tick.now
    with tick.registry.session() as session:
        stale = settle_stale_claims(session, now)
    if stale:
        logger.warning("%d reminder(s) cut off while sending marked unknown, not resent", stale)
    with tick.registry.session() as session:
        ids = due_ids(session, now)
    for reminder_id in ids:
        if not tick.keep_going():
            return
        with tick.registry.session() as session:
            reminder = session.get(Reminder, reminder_id)
            if reminder is None or reminder.status != "pending":
                continue
            allowed = allowed_from(session, reminder, now)
            if allowed > as_utc(now):
                reminder.due_at, reminder.updated_at = allowed, as_utc(now)
                continue
            if reminder.step not in NEXT_STEP:
                reminder.status, reminder.updated_at, reminder.last_error = (
                    "failed",
                    as_utc(now),
                    "unknown step",
                )
                continue
        with tick.registry.session() as session:
            if not claim(session, reminder_id, now):
                continue
        delivery = await tick.sender.send(reminder.sender_id, message(tick, reminder))
        with tick.registry.session() as session:
            status = record(session, reminder_id, delivery, now)
        logger.info("Reminder %d (%s): %s %s", reminder_id, reminder.step, status, delivery.detail)
