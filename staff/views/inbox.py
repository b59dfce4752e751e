"""The inbox: every conversation, newest activity first, filtered and paged on the indexed summaries."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

from flask import Blueprint, current_app, render_template, request, url_for
from flask_babel import get_timezone
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from registry.models import ConversationSummary
from staff import summaries
from staff.masking import mask_personal
from staff.permissions import requires
from staff.services import services

logger = logging.getLogger(__name__)
blueprint = Blueprint("inbox", __name__)

PAGE_SIZE = 50
# Events folded in before a page is shown, so it is fresh even without the indexer running;
# bounded so that a long backlog (the indexer's job) never makes the page slow.
FRESHEN_LIMIT = 500
MAX_TEXT = 200
TRANSCRIPT_ENDPOINT = "transcript.conversation"
FLAG_LABELS = {
    "asked_person": _l("asked for a person"),
    "fallback": _l("not understood"),
    "unanswered": _l("unanswered question"),
    "voice_note": _l("voice note"),
    "form_abandoned": _l("form abandoned"),
    "deleted": _l("deleted by the user"),
    "paused": _l("answered by a person now"),
}
LANGUAGE_LABELS = {"ary": _l("Darija"), "ar": _l("Arabic"), "fr": _l("French")}


@dataclass
class Filters:
    """What the staff member asked to see, checked; ``problems`` says what was left out and why."""

    language: str = ""
    intent: str = ""
    below: float | None = None
    flag: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    text: str = ""
    page: int = 1
    problems: list[str] = field(default_factory=list)

    def query_args(self) -> dict[str, str]:
        """The valid filters as the form's query string (for the pager's links)."""
        args = {
            "language": self.language,
            "intent": self.intent,
            "below": "" if self.below is None else str(self.below),
            "flag": self.flag,
            "from": self.since.isoformat() if self.since else "",
            "to": self.until.isoformat() if self.until else "",
            "q": self.text,
        }
        return {key: value for key, value in args.items() if value}


def parse_filters(args: Mapping[str, str]) -> Filters:
    """The filters of the inbox's form; an invalid value is left out with a kind explanation."""
    filters = Filters(
        language=args.get("language", "").strip()[:16],
        intent=args.get("intent", "").strip()[:100],
        text=args.get("q", "").strip()[:MAX_TEXT],
    )
    below = args.get("below", "").strip()
    if below:
        try:
            filters.below = float(below.replace(",", "."))
        except ValueError:
            filters.below = None
        if filters.below is None or not 0 <= filters.below <= 1:
            filters.below = None
            filters.problems.append(_("The confidence must be a number between 0 and 1, such as 0.5."))
    flag = args.get("flag", "").strip()
    if flag in FLAG_LABELS:
        filters.flag = flag
    elif flag:
        filters.problems.append(_("That flag does not exist; choose one from the list."))
    for key, attribute in (("from", "since"), ("to", "until")):
        value = args.get(key, "").strip()
        if not value:
            continue
        try:
            setattr(filters, attribute, dt.date.fromisoformat(value))
        except ValueError:
            filters.problems.append(
                _("The date “%(value)s” is not a date; use the calendar.", value=value[:20])
            )
    if filters.since and filters.until and filters.since > filters.until:
        filters.problems.append(_("The start date is after the end date; the dates were not used."))
        filters.since = filters.until = None
    page = args.get("page", "").strip()
    if page:
        if page.isdigit() and 0 < int(page) < 1_000_000:
            filters.page = int(page)
        else:
            filters.problems.append(_("There is no such page; here is the first one."))
    return filters


def _day_start(day: dt.date) -> dt.datetime:
    """Midnight of ``day`` in the help desk's time zone (Babel's), as a UTC moment."""
    zone = get_timezone()
    naive = dt.datetime.combine(day, dt.time.min)
    local = zone.localize(naive) if hasattr(zone, "localize") else naive.replace(tzinfo=zone)
    return local.astimezone(dt.timezone.utc)


def _conditions(filters: Filters) -> list:
    summary = ConversationSummary
    conditions = []
    if filters.language:
        conditions.append(summary.reply_language == filters.language)
    if filters.intent:
        conditions.append(summary.top_intent == filters.intent)
    if filters.below is not None:
        conditions.append(summary.lowest_confidence < filters.below)
    if filters.flag:
        conditions.append(getattr(summary, filters.flag).is_(True))
    # Conversations active during the range: begun before it ended, last active after it began.
    if filters.since:
        conditions.append(summary.last_at >= _day_start(filters.since))
    if filters.until:
        conditions.append(summary.started_at < _day_start(filters.until + dt.timedelta(days=1)))
    if filters.text:
        conditions.append(summary.search_text.contains(filters.text.casefold(), autoescape=True))
    return conditions


def search(session: Session, filters: Filters) -> tuple[list[ConversationSummary], int]:
    """One page of the matching conversations, newest activity first, and how many match in all."""
    conditions = _conditions(filters)
    total = session.scalar(select(func.count()).select_from(ConversationSummary).where(*conditions)) or 0
    rows = session.scalars(
        select(ConversationSummary)
        .where(*conditions)
        .order_by(ConversationSummary.last_at.desc(), ConversationSummary.sender_id.desc())
        .limit(PAGE_SIZE)
        .offset((filters.page - 1) * PAGE_SIZE)
    )
    return list(rows), total


def _choices(session: Session, column) -> list[str]:
    return [
        value for value in session.scalars(select(column).where(column != "").distinct().order_by(column))
    ]


def conversation_url(sender_id: str) -> str:
    """The transcript's address, once that page exists."""
    if TRANSCRIPT_ENDPOINT in current_app.view_functions:
        return url_for(TRANSCRIPT_ENDPOINT, sender_id=sender_id)
    return "/conversations/" + quote(sender_id, safe="")


def _freshen() -> None:
    try:
        summaries.catch_up(services().registry, services().tracker, limit=FRESHEN_LIMIT)
    except OperationalError as error:
        # Another process holds the write lock (the indexer): the page shows what is indexed.
        logger.warning("The inbox was shown without catching up: %s", error)


@blueprint.route("/conversations")
@requires("view_conversations")
def conversations():
    _freshen()
    filters = parse_filters(request.args)
    with services().registry.session() as session:
        rows, total = search(session, filters)
        languages = _choices(session, ConversationSummary.reply_language)
        intents = _choices(session, ConversationSummary.top_intent)
    pages = max(1, -(-total // PAGE_SIZE))
    return render_template(
        "inbox.html",
        rows=rows,
        total=total,
        filters=filters,
        page=filters.page,
        pages=pages,
        languages=languages,
        intents=intents,
        flag_labels=FLAG_LABELS,
        flag_names=tuple(FLAG_LABELS),
        language_names=LANGUAGE_LABELS,
        conversation_url=conversation_url,
        # A list gives no reason to see a CIN or a phone number: always masked here (the transcript reveals).
        shown=mask_personal,
        page_args=filters.query_args(),
    ), (400 if filters.problems else 200)
