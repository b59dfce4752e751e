"""The time the outreach jobs go by: the system clock, or one a test (or `hirfa scheduler --now`) sets.

Every moment is an aware UTC datetime. Jobs ask their clock rather than the system, so that a test
decides what "now" is — in its own process (``FixedClock``) or in a scheduler it starts
(``--now 2026-12-08T10:00+01:00``) — instead of sleeping until a reminder is due.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current moment."""

    def now(self) -> datetime:
        """The current moment, aware, in UTC."""


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        """The current moment, aware, in UTC."""
        return datetime.now(timezone.utc)


class FixedClock:
    """A clock that stays where it is set until moved: for tests and for one `--now` tick."""

    def __init__(self, moment: datetime) -> None:
        self._moment = as_aware_utc(moment)

    def now(self) -> datetime:
        """The moment the clock was set to."""
        return self._moment

    def set(self, moment: datetime) -> None:
        """Move the clock to ``moment``."""
        self._moment = as_aware_utc(moment)

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward by ``delta``."""
        self._moment += delta


def as_aware_utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive one is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def parse_moment(text: str) -> datetime:
    """An ISO 8601 moment (``2026-12-08T10:00+01:00``; without an offset it is UTC) as aware UTC.

    ValueError, naming the expected form, for anything else.
    """
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"expected an ISO 8601 moment such as 2026-12-08T10:00+01:00, got {text!r}"
        ) from None
    return as_aware_utc(moment)
