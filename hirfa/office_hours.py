"""When people answer at the help desk: days and hours in Morocco's time, and the next opening."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

MOROCCO = ZoneInfo("Africa/Casablanca")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPEC = re.compile(r"(?P<first>[a-z]{3})(?:-(?P<last>[a-z]{3}))?\s+(?P<opens>\d{1,2}:\d{2})-(?P<closes>\d{1,2}:\d{2})")


def _time(text: str) -> dt.time:
    if text == "24:00":  # open until midnight
        return dt.time.max
    hours, minutes = (int(part) for part in text.split(":"))
    if hours > 23 or minutes > 59:
        raise ValueError(f"{text!r} is not a time of day")
    return dt.time(hours, minutes)


@dataclass(frozen=True)
class OfficeHours:
    """Open on ``days`` (0 = Monday) from ``opens`` to ``closes``, Africa/Casablanca time."""

    days: frozenset[int]
    opens: dt.time
    closes: dt.time

    @classmethod
    def parse(cls, text: str) -> OfficeHours:
        """``"mon-fri 08:30-16:30"``, ``"sat 09:00-12:00"`` or ``"mon-sun 00:00-24:00"``; ValueError says what is wrong."""
        match = _SPEC.fullmatch(text.strip().lower())
        if not match or match["first"] not in DAYS or (match["last"] or match["first"]) not in DAYS:
            raise ValueError(f"{text!r} must look like 'mon-fri 08:30-16:30'")
        first, last = DAYS.index(match["first"]), DAYS.index(match["last"] or match["first"])
        days = range(first, last + 1) if first <= last else [*range(first, 7), *range(0, last + 1)]
        opens, closes = _time(match["opens"]), _time(match["closes"])
        if opens >= closes:
            raise ValueError(f"{text!r}: the desk must open before it closes")
        return cls(frozenset(days), opens, closes)

    def is_open(self, moment: dt.datetime) -> bool:
        """Whether someone answers at ``moment`` (an aware datetime)."""
        local = moment.astimezone(MOROCCO)
        return local.weekday() in self.days and self.opens <= local.time() < self.closes

    def next_opening(self, moment: dt.datetime) -> dt.datetime:
        """The next time the desk opens after ``moment``, in Morocco's time (``moment`` itself when open)."""
        local = moment.astimezone(MOROCCO)
        if self.is_open(local):
            return local
        for days_ahead in range(8):
            day = local.date() + dt.timedelta(days=days_ahead)
            opening = dt.datetime.combine(day, self.opens, MOROCCO)
            if day.weekday() in self.days and opening > local:
                return opening
        raise AssertionError("an office open at least one day a week opens within eight days")
