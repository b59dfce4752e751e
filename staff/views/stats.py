"""The numbers of the service over a date range (Morocco time): a page of charts, its JSON, and a CSV.

Conversations are counted from the inbox's summaries, one row per conversation: the summary knows
when a conversation started and how many messages its user sent, not the day of each message, so
the daily series counts conversations started each day, and the page says so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, jsonify, render_template, request, url_for
from flask_babel import format_date
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from registry.models import ConversationSummary, HandoffRequest, RegistrationRequest, UnansweredQuestion
from staff.permissions import requires
from staff.services import services

blueprint = Blueprint("stats", __name__, url_prefix="/stats")

MOROCCO = ZoneInfo("Africa/Casablanca")
DEFAULT_DAYS = 30
MAX_DAYS = 366
TOP_INTENTS = 10
# The intent that opens the request form (the "Ask for help to register" button sends it).
FORM_INTENT = "rna_apply"
LANGUAGE_LABELS = {"ar": _l("Arabic"), "ary": _l("Darija"), "fr": _l("French"), "": _l("Not known yet")}


class BadRange(ValueError):
    """The dates asked for cannot make a range; the message is for the staff member."""


@dataclass(frozen=True)
class Period:
    """Whole days, first to last included, in Morocco time."""

    first: dt.date
    last: dt.date

    @property
    def start(self) -> dt.datetime:
        """The first day's midnight in Morocco, as UTC."""
        return _midnight(self.first)

    @property
    def end(self) -> dt.datetime:
        """The midnight after the last day, as UTC (excluded)."""
        return _midnight(self.last + dt.timedelta(days=1))

    @property
    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n) for n in range((self.last - self.first).days + 1)]


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), MOROCCO).astimezone(dt.timezone.utc)


def _day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(MOROCCO).date()


def period_of(first: str | None, last: str | None, today: dt.date | None = None) -> Period:
    """The range asked for with ISO dates; the last 30 days up to today when they are left out."""
    today = today or dt.datetime.now(MOROCCO).date()
    try:
        last_day = dt.date.fromisoformat(last) if last else today
        first_day = dt.date.fromisoformat(first) if first else last_day - dt.timedelta(days=DEFAULT_DAYS - 1)
    except ValueError:
        raise BadRange(
            _("Those dates could not be read. Pick them in the calendar (year-month-day).")
        ) from None
    if first_day > last_day:
        raise BadRange(_("The first day comes after the last day. Swap them and try again."))
    if (last_day - first_day).days + 1 > MAX_DAYS:
        raise BadRange(_("Pick at most %(days)d days at a time.", days=MAX_DAYS))
    return Period(first_day, last_day)


def numbers(session: Session, period: Period) -> dict[str, Any]:
    """Every number of the page for ``period``, as plain values (the JSON and the CSV both use it)."""
    days = period.days
    index = {day: n for n, day in enumerate(days)}
    started = (ConversationSummary.started_at >= period.start) & (ConversationSummary.started_at < period.end)

    per_language: dict[str, list[int]] = {}
    messages = 0
    for language, started_at, user_messages in session.execute(
        select(
            ConversationSummary.reply_language,
            ConversationSummary.started_at,
            ConversationSummary.user_messages,
        ).where(started)
    ):
        series = per_language.setdefault(language or "", [0] * len(days))
        position = index.get(_day(started_at))
        if position is not None:
            series[position] += 1
        messages += user_messages or 0
    conversations = sum(sum(series) for series in per_language.values())

    intents = session.execute(
        select(ConversationSummary.top_intent, func.count())
        .where(started, ConversationSummary.top_intent != "")
        .group_by(ConversationSummary.top_intent)
        .order_by(func.count().desc(), ConversationSummary.top_intent)
        .limit(TOP_INTENTS)
    ).all()
    fallbacks = (
        session.scalar(select(func.count()).where(started, ConversationSummary.fallback.is_(True))) or 0
    )

    handoffs = session.execute(
        select(HandoffRequest.created_at, HandoffRequest.taken_at).where(
            HandoffRequest.created_at >= period.start, HandoffRequest.created_at < period.end
        )
    ).all()
    waits = [(taken - created).total_seconds() for created, taken in handoffs if taken is not None]

    unanswered = [0] * len(days)
    for (asked_at,) in session.execute(
        select(UnansweredQuestion.asked_at).where(
            UnansweredQuestion.asked_at >= period.start, UnansweredQuestion.asked_at < period.end
        )
    ):
        position = index.get(_day(asked_at))
        if position is not None:
            unanswered[position] += 1

    made = set(
        session.scalars(
            select(RegistrationRequest.conversation_id).where(
                RegistrationRequest.created_at >= period.start, RegistrationRequest.created_at < period.end
            )
        ).all()
    )
    completed = (
        session.scalar(
            select(func.count()).where(
                RegistrationRequest.created_at >= period.start, RegistrationRequest.created_at < period.end
            )
        )
        or 0
    )
    begun = set(
        session.scalars(
            select(ConversationSummary.sender_id).where(
                started,
                or_(
                    ConversationSummary.top_intent == FORM_INTENT,
                    ConversationSummary.form_abandoned.is_(True),
                ),
            )
        ).all()
    )

    return {
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),
        "days": [day.isoformat() for day in days],
        "conversations": conversations,
        "user_messages": messages,
        "conversations_per_day": dict(sorted(per_language.items())),
        "top_intents": [{"intent": intent, "conversations": count} for intent, count in intents],
        "fallback": {
            "conversations": fallbacks,
            "rate": round(fallbacks / conversations, 4) if conversations else None,
        },
        "person_requests": {
            "requests": len(handoffs),
            "taken": len(waits),
            "median_wait_seconds": statistics.median(waits) if waits else None,
        },
        "unanswered": {"questions": sum(unanswered), "per_day": unanswered},
        "forms": {"started": len(begun | made), "completed": completed},
    }


def _period() -> tuple[Period | None, str]:
    try:
        return period_of(request.args.get("from"), request.args.get("to")), ""
    except BadRange as error:
        return None, str(error)


@blueprint.route("")
@requires("view_stats")
def index():
    period, problem = _period()
    if period is None:
        fallback = period_of(None, None)
        return render_template("stats.html", period=fallback, problem=problem, figures=None), 400
    with services().registry.session() as session:
        figures = numbers(session, period)
    return render_template(
        "stats.html",
        period=period,
        problem="",
        figures=figures,
        reply_languages=LANGUAGE_LABELS,
        by_language=top_languages(figures),
        data_url=url_for("stats.data", **{"from": figures["from"], "to": figures["to"]}),
        csv_url=url_for("stats.csv_numbers", **{"from": figures["from"], "to": figures["to"]}),
    )


@blueprint.route("/data.json")
@requires("view_stats")
def data():
    period, problem = _period()
    if period is None:
        return jsonify(error=problem), 400
    with services().registry.session() as session:
        figures = numbers(session, period)
    # Labels in the interface language, so the charts need no translations of their own.
    figures["labels"] = {
        "days": [format_date(day, "short") for day in period.days],
        "languages": {code: str(label) for code, label in LANGUAGE_LABELS.items()},
    }
    return jsonify(figures)


def _cell(value: object) -> object:
    # A spreadsheet runs a cell that starts with one of these as a formula.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_rows(figures: dict[str, Any]) -> list[tuple[object, ...]]:
    """The numbers as (metric, day, key, value) rows: one row per value, easy to pivot."""
    rows: list[tuple[object, ...]] = [("metric", "day", "key", "value")]
    for language, series in figures["conversations_per_day"].items():
        rows += [
            ("conversations_started", day, language or "unknown", n)
            for day, n in zip(figures["days"], series, strict=True)
        ]
    rows.append(("conversations_started_total", "", "", figures["conversations"]))
    rows.append(("user_messages_in_those_conversations", "", "", figures["user_messages"]))
    rows += [("top_intent", "", item["intent"], item["conversations"]) for item in figures["top_intents"]]
    fallback = figures["fallback"]
    rows.append(("fallback_conversations", "", "", fallback["conversations"]))
    rows.append(("fallback_rate", "", "", "" if fallback["rate"] is None else fallback["rate"]))
    person = figures["person_requests"]
    rows.append(("person_requests", "", "", person["requests"]))
    rows.append(("person_requests_taken", "", "", person["taken"]))
    wait = person["median_wait_seconds"]
    rows.append(("person_median_wait_seconds", "", "", "" if wait is None else wait))
    rows += [
        ("unanswered_questions", day, "", n)
        for day, n in zip(figures["days"], figures["unanswered"]["per_day"], strict=True)
    ]
    rows.append(("unanswered_questions_total", "", "", figures["unanswered"]["questions"]))
    rows.append(("forms_started", "", "", figures["forms"]["started"]))
    rows.append(("forms_completed", "", "", figures["forms"]["completed"]))
    return rows


@blueprint.route("/numbers.csv")
@requires("view_stats")
def csv_numbers():
    period, problem = _period()
    if period is None:
        return Response(problem + "\n", status=400, mimetype="text/plain")
    with services().registry.session() as session:
        figures = numbers(session, period)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in csv_rows(figures):
        writer.writerow([_cell(value) for value in row])
    name = f"hirfa-numbers-{period.first.isoformat()}-{period.last.isoformat()}.csv"
    return Response(
        buffer.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def top_languages(figures: dict[str, Any]) -> Counter[str]:
    """Conversations started in the range, by reply language."""
    return Counter({language: sum(series) for language, series in figures["conversations_per_day"].items()})
