"""Where announcements stand, for the editors' pages: the counts and send rate of one, who targets reach, the list."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach import subscriptions
from outreach.announcement_drafts import get
from outreach.subscriptions import Target
from registry.models import Announcement, AnnouncementDelivery

# The send rate shown while sending is measured over this much of the latest outcomes.
RECENT = dt.timedelta(seconds=10)
COUNTERS = ("sent", "failed", "blocked", "skipped", "unknown")

@dataclass(frozen=True)
class Report:
    """Where an announcement's sending stands, and how fast it goes."""

    status: str
    recipients: int
    sent: int
    failed: int
    blocked: int
    skipped: int
    unknown: int
    waiting: int  # pending or claimed
    average_rate: float | None  # messages a second between the first and the latest outcome
    recent_rate: float | None  # over the latest RECENT seconds of outcomes, while sending

    @property
    def done(self) -> int:
        return self.sent + self.failed + self.blocked + self.skipped + self.unknown


def report(session: Session, announcement_id: int) -> Report:
    """The counts of ``announcement_id`` and its measured send rate."""
    row = get(session, announcement_id)
    waiting = session.scalar(
        sa.select(sa.func.count()).where(
            AnnouncementDelivery.announcement_id == announcement_id,
            AnnouncementDelivery.status.in_(("pending", "claimed")),
        )
    )
    answered = row.sent + row.failed + row.blocked + row.unknown
    average = None
    if answered > 1 and row.first_sent_at and row.last_sent_at > row.first_sent_at:
        average = (answered - 1) / (row.last_sent_at - row.first_sent_at).total_seconds()
    recent = None
    if row.status == "sending" and row.last_sent_at is not None:
        since = row.last_sent_at - RECENT
        times = sorted(
            session.scalars(
                sa.select(AnnouncementDelivery.done_at).where(
                    AnnouncementDelivery.announcement_id == announcement_id,
                    AnnouncementDelivery.status.in_(("sent", "failed", "blocked", "unknown")),
                    AnnouncementDelivery.done_at >= since,
                )
            )
        )
        if len(times) > 1 and times[-1] > times[0]:
            recent = (len(times) - 1) / (times[-1] - times[0]).total_seconds()
    return Report(
        row.status, row.recipients, *(getattr(row, name) for name in COUNTERS), waiting, average, recent
    )


def matching(
    session: Session, regions: Iterable[str], trades: Iterable[str], languages: Iterable[str]
) -> int:
    """How many subscribers these targets reach now."""
    return subscriptions.count_matching(session, Target.of(regions, trades, languages))


def listing(session: Session) -> list[Announcement]:
    """Every announcement, newest first."""
    return list(
        session.scalars(
            sa.select(Announcement).order_by(Announcement.created_at.desc(), Announcement.id.desc())
        )
    )


def decoded(row: Announcement) -> Mapping[str, list[str]]:
    """The announcement's targets as lists."""
    return {name: json.loads(getattr(row, name)) for name in ("regions", "trades", "languages")}
