"""The staleness report: answers, offices and trades not verified for N months, facts of medium or low
confidence, texts that mention a date more than two years old, and a weekly digest of what changed."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, current_app, render_template
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from registry.models import ContentVersion, Office, Trade
from staff.permissions import requires
from staff.services import services

blueprint = Blueprint("staleness", __name__)

CONTENT_LANGUAGES = ("ar", "ary", "fr")
DEFAULT_STALE_MONTHS = 12
OLD_MENTION_MONTHS = 24
DIGEST_DAYS = 7

# How sure a fact is, as editors write it in a reference or a source: "(medium confidence)", "(medium)",
# "medium–high" (counted by its lower end), "unverified", or in French.
_CONFIDENCE = re.compile(
    r"\b(?P<low>low|unverified|non vérifiée?s?|faible)\b|\b(?P<medium>medium|moyenne?)\b", re.IGNORECASE
)
# Arabic-Indic and extended digits read as ASCII, one character for one so positions stay.
_DIGITS = str.maketrans(
    {**{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)}}
)
_YEAR = r"(?:19|20)\d{2}"
_DAY_FIRST = re.compile(rf"(?<![\d.])(\d{{1,2}})[/.-](\d{{1,2}})[/.-]({_YEAR})(?!\d)")
_ISO = re.compile(rf"(?<![\d.])({_YEAR})-(\d{{1,2}})-(\d{{1,2}})(?!\d)")
# A year alone, or the end of a range (2020–22, 2020-2025, de 2020 à 2025): a programme of 2020–2025 is not old in 2025.
_YEARS = re.compile(
    rf"(?<![\d.,/])({_YEAR})"
    rf"(?:\s*[-–—/]\s*((?:19|20)?\d{{2}})|\s+(?:à|au|to|jusqu'à|إلى|الى|حتى)\s+({_YEAR}))?(?![\d]|[.,]\d)"
)
# A number followed by a currency or a percent is an amount, not a year (2000 DH).
_AMOUNT_AFTER = re.compile(r"\s*(?:dh|dhs|mad|dirhams?|درهم|دراهم|€|euros?|%)", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_CONTEXT = 40


@dataclass(frozen=True)
class Stale:
    """Something not verified for too long: a published answer, an office or a trade."""

    kind: str  # "topic" | "office" | "trade"
    key: str  # the topic, the office's id, the trade's code
    name: str
    verified_on: dt.date | None  # None: never verified
    since: dt.date | None  # the day it became stale


@dataclass(frozen=True)
class Unsure:
    """A fact its source gives medium or low confidence."""

    kind: str
    key: str
    name: str
    level: str  # "medium" | "low"
    note: str  # the reference or source that says so


@dataclass(frozen=True)
class OldMention:
    """A date in an answer's text that is more than two years old."""

    topic: str
    language: str
    mention: str
    context: str
    date: dt.date  # the last day the mention covers (a year: 31 December)
    since: dt.date


@dataclass(frozen=True)
class Report:
    months: int
    stale: list[Stale]
    unsure: list[Unsure]
    old: list[OldMention]
    published: list[ContentVersion]  # published in the digest's week, newest first
    became_stale: list[Stale | OldMention]


# The rules --------------------------------------------------------------------------------------------


def months_back(day: dt.date, months: int) -> dt.date:
    """``day`` ``months`` calendar months earlier, clamped to the month's last day."""
    return months_ahead(day, -months)


def months_ahead(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def stale_since(verified_on: dt.date | None, months: int) -> dt.date | None:
    """The first day on which something verified on ``verified_on`` counts as stale; None when never verified."""
    return None if verified_on is None else months_ahead(verified_on, months) + dt.timedelta(days=1)


def is_stale(verified_on: dt.date | None, today: dt.date, months: int) -> bool:
    """Not verified within the last ``months`` months (or never)."""
    return verified_on is None or verified_on < months_back(today, months)


def confidence(note: str) -> str | None:
    """The confidence ``note`` gives a fact, "low" or "medium" (the lowest it names), or None."""
    levels = {"low" if match.group("low") else "medium" for match in _CONFIDENCE.finditer(note or "")}
    return "low" if "low" in levels else ("medium" if levels else None)


def date_mentions(text: str) -> list[tuple[str, int, dt.date]]:
    """The dates and years ``text`` mentions: (as written, where, the last day it covers), in order."""
    digits = (text or "").translate(_DIGITS)
    found: list[tuple[str, int, dt.date]] = []
    taken: list[tuple[int, int]] = []
    for pattern, order in ((_DAY_FIRST, (3, 2, 1)), (_ISO, (1, 2, 3))):
        for match in pattern.finditer(digits):
            year, month, day = (int(match.group(i)) for i in order)
            try:
                found.append((text[match.start() : match.end()], match.start(), dt.date(year, month, day)))
            except ValueError:
                continue
            taken.append(match.span())
    for match in _YEARS.finditer(digits):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        if _AMOUNT_AFTER.match(digits, match.end()):
            continue
        year = int(match.group(1))
        end = match.group(2) or match.group(3)
        if end:
            end_year = int(end) if len(end) == 4 else year // 100 * 100 + int(end)
            year = max(year, end_year)
        found.append((text[match.start() : match.end()], match.start(), dt.date(year, 12, 31)))
    return sorted(found, key=lambda item: item[1])


def filled(text: str, values: Mapping[str, Any]) -> str:
    """``text`` with its placeholders filled, as users read it."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text or ""
    )


def old_mentions(version: ContentVersion, today: dt.date) -> list[OldMention]:
    """The mentions in the version's three texts of a date more than two years before ``today``."""
    try:
        values = json.loads(version.values or "{}")
    except ValueError:
        values = {}
    limit = months_back(today, OLD_MENTION_MONTHS)
    found = []
    for language in CONTENT_LANGUAGES:
        text = filled(getattr(version, f"text_{language}"), values if isinstance(values, dict) else {})
        for mention, at, last_day in date_mentions(text):
            if last_day < limit:
                start, end = max(at - _CONTEXT, 0), min(at + len(mention) + _CONTEXT, len(text))
                since = months_ahead(last_day, OLD_MENTION_MONTHS) + dt.timedelta(days=1)
                found.append(OldMention(version.topic, language, mention, text[start:end], last_day, since))
    return found


def build_report(session: Session, today: dt.date, months: int, now: dt.datetime) -> Report:
    """Everything the page shows, as of ``today``."""
    shown = _published_versions(session)
    stale: list[Stale] = []
    unsure: list[Unsure] = []
    old: list[OldMention] = []
    for version in shown:
        if is_stale(version.verified_on, today, months):
            stale.append(
                Stale(
                    "topic",
                    version.topic,
                    version.topic,
                    version.verified_on,
                    stale_since(version.verified_on, months),
                )
            )
        level = confidence(version.reference)
        if level:
            unsure.append(Unsure("topic", version.topic, version.topic, level, version.reference))
        old += old_mentions(version, today)
    for office in session.scalars(select(Office).order_by(Office.region_code, Office.kind, Office.id)):
        name = office.name_fr or office.name_ar
        if is_stale(office.verified_on, today, months):
            stale.append(
                Stale(
                    "office",
                    str(office.id),
                    name,
                    office.verified_on,
                    stale_since(office.verified_on, months),
                )
            )
        level = confidence(office.source)
        if level:
            unsure.append(Unsure("office", str(office.id), name, level, office.source))
        elif not office.seat_confirmed:
            # The seed assumes a chamber sits in the regional capital until a source confirms it.
            unsure.append(Unsure("office", str(office.id), name, "medium", "seat not confirmed"))
    for trade in session.scalars(select(Trade).order_by(Trade.code)):
        if is_stale(trade.verified_on, today, months):
            stale.append(
                Stale(
                    "trade",
                    trade.code,
                    trade.name_fr,
                    trade.verified_on,
                    stale_since(trade.verified_on, months),
                )
            )
        level = confidence(trade.source)
        if level:
            unsure.append(Unsure("trade", trade.code, trade.name_fr, level, trade.source))
    week_start = today - dt.timedelta(days=DIGEST_DAYS)
    became = [item for item in (*stale, *old) if item.since is not None and week_start < item.since <= today]
    return Report(
        months=months,
        stale=stale,
        unsure=sorted(unsure, key=lambda u: (u.level != "low", u.kind, u.name)),
        old=sorted(old, key=lambda m: (m.date, m.topic, m.language)),
        published=_published_since(session, now - dt.timedelta(days=DIGEST_DAYS)),
        became_stale=sorted(became, key=lambda item: (item.since, _name_of(item))),
    )


def _name_of(item: Stale | OldMention) -> str:
    return item.name if isinstance(item, Stale) else item.topic


def _published_versions(session: Session) -> list[ContentVersion]:
    """Each topic's newest published version: what the assistant answers."""
    newest = (
        select(ContentVersion.topic, func.max(ContentVersion.version).label("version"))
        .where(ContentVersion.status == "published")
        .group_by(ContentVersion.topic)
        .subquery()
    )
    return list(
        session.scalars(
            select(ContentVersion)
            .join(
                newest,
                (ContentVersion.topic == newest.c.topic) & (ContentVersion.version == newest.c.version),
            )
            .order_by(ContentVersion.topic)
        )
    )


def _published_since(session: Session, start: dt.datetime) -> list[ContentVersion]:
    # A version is published when approved (reviewed_at); one imported or seeded as published, when made.
    rows: Iterable[ContentVersion] = session.scalars(
        select(ContentVersion).where(
            ContentVersion.status == "published",
            func.coalesce(ContentVersion.reviewed_at, ContentVersion.created_at) >= start,
        )
    )
    return sorted(rows, key=lambda row: (row.reviewed_at or row.created_at, row.topic), reverse=True)


# The page ---------------------------------------------------------------------------------------------


@blueprint.route("/staleness")
@requires("edit_content")
def report():
    """The report and the weekly digest."""
    settings = services().settings
    months = int(getattr(settings, "stale_months", DEFAULT_STALE_MONTHS))
    now = dt.datetime.now(dt.timezone.utc)
    with services().registry.session() as session:
        found = build_report(session, now.date(), months, now)
        session.expunge_all()
    return render_template(
        "staleness.html",
        report=found,
        today=now.date(),
        digest_days=DIGEST_DAYS,
        old_years=OLD_MENTION_MONTHS // 12,
        content_links="content.edit" in current_app.view_functions,
    )
