"""Sending announcements (``send_due``, a job of ``hirfa scheduler``): the delivery rows, claimed, sent, marked.

When an announcement's time comes, one transaction turns it
to ``sending`` and writes one delivery row per subscriber it reaches then. Each row is
then, in turn: given a slot by the sender's rate limit (the global rate, one a second per chat),
**claimed** (a conditional update, committed), sent, and marked with what Telegram answered::

    pending ──claim──► claimed ──► sent | failed | blocked (403: the subscription is marked too)
       │                  ├──► pending again, later (429, 5xx, refused connection: it cannot have gone)
       │                  └──► unknown (cut off after the request left, or the sender died)
       └──► skipped (the person stopped the news or was forgotten before their turn; the editor stopped it)

Resuming after a crash (even ``kill -9``): pending rows are simply sent; a row still ``claimed`` when
a tick starts belongs to a sender that died between its claim and its mark. Its message may or may
not have reached Telegram, and the Bot API cannot tell (a bot cannot read a chat's history), so it is
marked ``unknown`` and **not sent again**: a duplicate announcement is a worse fault than a missing one,
and the report shows the count. The window where a message is lost rather than merely unconfirmed is
short on purpose: the claim is written only once the rate limit has given the row its slot, right
before the request leaves (the sender's departure gate may still hold it a moment, so that sends held up
by a slow claim do not bunch into one second). A restarted sender also waits until one second has passed since the last
claim, so that the rate and the per-chat second hold across the restart.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import math
import time
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hirfa.languages import REPLY_LANGUAGES
from outreach import subscriptions
from outreach.announcement_drafts import Draft, message
from outreach.sender import Outcome
from registry.db import Registry
from registry.models import Announcement, AnnouncementDelivery, NewsSubscription
from registry.types import as_utc, utc_now

logger = logging.getLogger(__name__)

# Sends in flight at once: the rate limit spaces them; several hide the Bot API's round trip.
WORKERS = 8
BATCH = 500
# A row Telegram asked to retry (429, 5xx) is tried this many times in all before it counts as failed.
MAX_ATTEMPTS = 5
# Telegram's one message a second per chat and the rate, kept across a restart (see the module docstring).
RESUME_GAP = dt.timedelta(seconds=1.1)
# How long the job sends in one tick before it lets the scheduler's other jobs (reminders) run; the next
# tick goes on where it stopped.
TICK_BUDGET = 60.0

# --- starting: the delivery rows -------------------------------------------------------------


def due(session: Session, now: dt.datetime) -> list[int]:
    """The scheduled announcements whose time has come, oldest first."""
    return list(
        session.scalars(
            sa.select(Announcement.id)
            .where(Announcement.status == "scheduled", Announcement.send_at <= as_utc(now))
            .order_by(Announcement.send_at, Announcement.id)
        )
    )


def start(session: Session, announcement_id: int, now: dt.datetime) -> int:
    """Turn a due announcement to ``sending`` and write one pending delivery per subscriber it reaches,
    in one transaction (the caller's); how many. 0 if another tick started it already."""
    now = as_utc(now)
    taken = session.execute(
        sa.update(Announcement)
        .where(Announcement.id == announcement_id, Announcement.status == "scheduled")
        .values(status="sending", started_at=now),
        execution_options={"synchronize_session": False},
    ).rowcount
    if not taken:
        return 0
    row = session.get(Announcement, announcement_id)
    target = Draft.of(row).target
    session.execute(
        sa.insert(AnnouncementDelivery).from_select(
            ["announcement_id", "chat_id", "language", "status", "attempts"],
            sa.select(
                sa.literal(announcement_id),
                NewsSubscription.chat_id,
                NewsSubscription.language,
                sa.literal("pending"),
                sa.literal(0),
            ).where(target.condition()),
        )
    )
    count = session.scalar(
        sa.select(sa.func.count()).where(AnnouncementDelivery.announcement_id == announcement_id)
    )
    row.recipients = count
    return count


# --- sending: claim, send, mark ------------------------------------------------------------


@lru_cache(maxsize=1)
def run_id() -> str:
    """This process's name on the rows it claims (made on first use)."""
    return uuid.uuid4().hex[:16]


def settle_orphans(session: Session) -> int:
    """Mark ``unknown`` every row still claimed when a tick starts (no send is in flight between ticks:
    its sender died after the claim); how many. They are never sent again (module docstring)."""
    orphans = session.execute(
        sa.select(AnnouncementDelivery.announcement_id, sa.func.count())
        .where(AnnouncementDelivery.status == "claimed")
        .group_by(AnnouncementDelivery.announcement_id)
    ).all()
    now = utc_now()
    for announcement_id, _ in orphans:
        marked = session.execute(
            sa.update(AnnouncementDelivery)
            .where(
                AnnouncementDelivery.announcement_id == announcement_id,
                AnnouncementDelivery.status == "claimed",
            )
            .values(
                status="unknown", done_at=now, error="the sender stopped before Telegram's answer was stored"
            ),
            execution_options={"synchronize_session": False},
        ).rowcount
        session.execute(
            sa.update(Announcement)
            .where(Announcement.id == announcement_id)
            .values(unknown=Announcement.unknown + marked)
        )
        logger.warning(
            "Announcement %d: %d delivery(ies) of unknown outcome, not sent again", announcement_id, marked
        )
    return sum(count for _, count in orphans)


def last_claim(session: Session) -> dt.datetime | None:
    """When the latest row was claimed, by any sender."""
    return session.scalar(sa.select(sa.func.max(AnnouncementDelivery.claimed_at)))



@dataclass(frozen=True)
class Row:
    id: int
    announcement_id: int
    chat_id: str
    language: str


def pending_rows(session: Session, announcement_id: int, now: dt.datetime, limit: int = BATCH) -> list[Row]:
    """The next pending rows of an announcement that may be tried now, in order."""
    ready = sa.or_(AnnouncementDelivery.not_before.is_(None), AnnouncementDelivery.not_before <= as_utc(now))
    return [
        Row(*row)
        for row in session.execute(
            sa.select(
                AnnouncementDelivery.id,
                AnnouncementDelivery.announcement_id,
                AnnouncementDelivery.chat_id,
                AnnouncementDelivery.language,
            )
            .where(
                AnnouncementDelivery.announcement_id == announcement_id,
                AnnouncementDelivery.status == "pending",
                ready,
            )
            .order_by(AnnouncementDelivery.id)
            .limit(limit)
        )
    ]


CLAIMED, SKIPPED, STOPPED, TAKEN = "claimed", "skipped", "stopped", "taken"


def claim(session: Session, row: Row, run: str, now: dt.datetime) -> str:
    """Claim ``row`` for this sender, in the caller's transaction: ``claimed``; else why it is not to be sent:
    ``stopped`` (the announcement is not sending any more), ``skipped`` (the person stopped the news or was
    forgotten), ``taken`` (the row is not pending any more)."""
    now = as_utc(now)
    status = session.scalar(sa.select(Announcement.status).where(Announcement.id == row.announcement_id))
    if status != "sending":
        return STOPPED
    subscribed = session.scalar(
        sa.select(NewsSubscription.status).where(NewsSubscription.chat_id == row.chat_id)
    )
    pending = (AnnouncementDelivery.id == row.id, AnnouncementDelivery.status == "pending")
    if subscribed != "active":
        skipped = session.execute(
            sa.update(AnnouncementDelivery).where(*pending).values(status="skipped", done_at=now),
            execution_options={"synchronize_session": False},
        ).rowcount
        _count(session, row.announcement_id, "skipped", skipped, now)
        return SKIPPED
    claimed = session.execute(
        sa.update(AnnouncementDelivery)
        .where(*pending)
        .values(
            status="claimed",
            claimed_at=now,
            claimed_by=run,
            attempts=AnnouncementDelivery.attempts + 1,
            not_before=None,
        ),
        execution_options={"synchronize_session": False},
    ).rowcount
    return CLAIMED if claimed else TAKEN


def mark(session: Session, row: Row, delivery: Any, run: str, now: dt.datetime) -> str:
    """Store what Telegram answered for a row this sender claimed; the row's new status.

    ``delivery`` is the sender's ``Delivery``. Nothing changes when the row is no longer this sender's
    claim (a successor settled it as unknown): its count is then already right.
    """
    now = as_utc(now)
    outcome = delivery.outcome
    attempts = (
        session.scalar(sa.select(AnnouncementDelivery.attempts).where(AnnouncementDelivery.id == row.id)) or 0
    )
    changes: dict[str, Any] = {"done_at": now, "error": delivery.detail[:2000] or None}
    if outcome == Outcome.SENT:
        status = "sent"
    elif outcome == Outcome.BLOCKED:
        status = "blocked"
    elif outcome == Outcome.FAILED:
        status = "failed"
    elif delivery.uncertain:
        status = "unknown"
    elif attempts < MAX_ATTEMPTS:
        status = "pending"
        changes = {
            "done_at": None,
            "not_before": now + dt.timedelta(seconds=delivery.retry_after),
            "error": delivery.detail[:2000],
        }
    else:
        status = "failed"
    marked = session.execute(
        sa.update(AnnouncementDelivery)
        .where(
            AnnouncementDelivery.id == row.id,
            AnnouncementDelivery.status == "claimed",
            AnnouncementDelivery.claimed_by == run,
        )
        .values(status=status, **changes),
        execution_options={"synchronize_session": False},
    ).rowcount
    if not marked:
        return status
    if status == "blocked":
        subscriptions.mark_blocked(session, row.chat_id, now)
    if status != "pending":
        _count(session, row.announcement_id, status, 1, now)
    return status


def _count(session: Session, announcement_id: int, status: str, number: int, now: dt.datetime) -> None:
    if not number:
        return
    column = getattr(Announcement, status)
    changes: dict[str, Any] = {status: column + number}
    if status != "skipped":
        changes |= {
            "first_sent_at": sa.func.coalesce(Announcement.first_sent_at, now),
            "last_sent_at": now,
        }
    session.execute(sa.update(Announcement).where(Announcement.id == announcement_id).values(**changes))


def finish_if_done(session: Session, announcement_id: int, now: dt.datetime) -> bool:
    """Mark the announcement done once no row is pending or claimed; whether it is."""
    open_rows = session.scalar(
        sa.select(sa.func.count()).where(
            AnnouncementDelivery.announcement_id == announcement_id,
            AnnouncementDelivery.status.in_(("pending", "claimed")),
        )
    )
    if open_rows:
        return False
    return bool(
        session.execute(
            sa.update(Announcement)
            .where(Announcement.id == announcement_id, Announcement.status == "sending")
            .values(status="done", finished_at=as_utc(now)),
            execution_options={"synchronize_session": False},
        ).rowcount
    )


def sending(session: Session) -> list[int]:
    """The announcements being sent, oldest first."""
    return list(
        session.scalars(
            sa.select(Announcement.id)
            .where(Announcement.status == "sending")
            .order_by(Announcement.started_at, Announcement.id)
        )
    )


def _claim(registry: Registry, row: Row, run: str) -> str:
    with registry.session() as session:
        return claim(session, row, run, utc_now())


def _mark(registry: Registry, row: Row, delivery: Any, run: str) -> str:
    with registry.session() as session:
        return mark(session, row, delivery, run, utc_now())


async def send_due(tick: Any) -> None:
    """The scheduler's job: settle a dead sender's claims, start what is due, send what is being sent (for
    ``TICK_BUDGET`` seconds at most)."""
    deadline = time.monotonic() + TICK_BUDGET
    registry: Registry = tick.registry
    with registry.session() as session:
        settle_orphans(session)
        latest = last_claim(session)
        starting = due(session, tick.now)
    for announcement_id in starting:
        with registry.session() as session:
            count = start(session, announcement_id, utc_now())
        logger.info("Announcement %d: sending to %d subscriber(s)", announcement_id, count)
    with registry.session() as session:
        ids = sending(session)
    if latest is not None:
        # A restarted sender: the rate and the per-chat second count from the last claim before it.
        gap = (as_utc(latest) + RESUME_GAP - utc_now()).total_seconds()
        if gap > 0:
            tick.sender.limit.pause(gap)
    for announcement_id in ids:
        if not tick.keep_going() or time.monotonic() >= deadline:
            return
        await send_announcement(tick, announcement_id, deadline)


async def send_announcement(tick: Any, announcement_id: int, deadline: float = math.inf) -> None:
    """Send the announcement's pending rows that may go now, ``WORKERS`` at a time within the rate limit,
    until none is left or the ``deadline`` (time.monotonic) passes."""
    registry: Registry = tick.registry

    def going() -> bool:
        return time.monotonic() < deadline and tick.keep_going()

    run = run_id()
    with registry.session() as session:
        row = session.get(Announcement, announcement_id)
        messages = {language: message(row, language, tick.catalogs[language]) for language in REPLY_LANGUAGES}
    # One thread writes, in the order the workers ask: SQLite takes one writer at a time, and threads
    # racing for its lock back off for up to 100 ms a try, so a loaded machine could leave a 403's mark
    # waiting seconds behind later claims (and lost at a kill). A commit must not hold up the event loop
    # either, or the sends waiting behind it leave bunched together.
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="announcement-writes")
    try:
        await _send_batches(tick, announcement_id, messages, run, writer, going)
    finally:
        writer.shutdown(wait=True)
    with registry.session() as session:
        if finish_if_done(session, announcement_id, utc_now()):
            logger.info("Announcement %d: done", announcement_id)


async def _send_batches(
    tick: Any,
    announcement_id: int,
    messages: dict[str, str],
    run: str,
    writer: ThreadPoolExecutor,
    going: Callable[[], bool],
) -> None:
    registry: Registry = tick.registry
    loop = asyncio.get_running_loop()
    while going():
        with registry.session() as session:
            batch = deque(pending_rows(session, announcement_id, utc_now()))
        if not batch:
            break

        async def worker(batch: deque[Row] = batch) -> None:
            while batch and going():
                row = batch.popleft()
                chat = int(row.chat_id)
                await tick.sender.limit.wait(chat)
                claimed = await loop.run_in_executor(writer, _claim, registry, row, run)
                if claimed == STOPPED:
                    batch.clear()
                if claimed != CLAIMED:
                    continue
                delivery = await tick.sender.send(
                    chat, messages.get(row.language, messages["ary"]), wait=False
                )
                await loop.run_in_executor(writer, _mark, registry, row, delivery, run)

        workers = [asyncio.create_task(worker()) for _ in range(WORKERS)]
        try:
            await asyncio.gather(*workers)
        except BaseException:
            # One failed (the database): stop the others too; a send cut off stays claimed, settled as unknown.
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            raise
        with registry.session() as session:
            if (
                session.scalar(sa.select(Announcement.status).where(Announcement.id == announcement_id))
                != "sending"
            ):
                return
