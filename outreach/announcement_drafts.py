"""Announcements by editors, the editors' side: the draft and its checks, and the changes they make to it.

An announcement has a text and a user-facing source per reply language, the editors' reference and
the day it was verified: it is checked by the content import's own ``validate_record`` and goes out as
the same one message a content answer is (the text, then the dated, sourced line), with a "Stop news"
button. Its target is a set of regions, trades and languages (empty: all) over the news subscribers.
A draft is scheduled, then sent by ``outreach.announcement_sending``; ``outreach.announcement_report``
says where it stands.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hirfa.languages import REPLY_LANGUAGES
from outreach.subscriptions import Target
from registry.content import CONTENT_LANGUAGES, validate_record
from registry.models import Announcement, AnnouncementDelivery, Region, Trade
from registry.problems import Problem, problem, without_label
from registry.types import as_utc
from replies.messages import CHANNEL_REPLIES
from replies.render import render

MOROCCO = ZoneInfo("Africa/Casablanca")
REPLY = "announcement"
MAX_TITLE = 200
EDITABLE = ("draft",)


class RefusedChange(Exception):
    """The announcement cannot change that way (its problems are listed for the editor)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(map(str, problems)))
        self.problems = problems


# --- the draft and its checks ---------------------------------------------------------------


@dataclass
class Draft:
    """What an editor writes: the form of the staff page, as plain values."""

    title: str = ""
    text: dict[str, str] = field(default_factory=lambda: dict.fromkeys(CONTENT_LANGUAGES, ""))
    source: dict[str, str] = field(default_factory=lambda: dict.fromkeys(CONTENT_LANGUAGES, ""))
    reference: str = ""
    verified_on: str = ""
    regions: list[str] = field(default_factory=list)
    trades: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, row: Announcement) -> Draft:
        return cls(
            title=row.title,
            text={language: getattr(row, f"text_{language}") for language in CONTENT_LANGUAGES},
            source={language: getattr(row, f"source_{language}") for language in CONTENT_LANGUAGES},
            reference=row.reference,
            verified_on=row.verified_on.isoformat(),
            regions=json.loads(row.regions),
            trades=json.loads(row.trades),
            languages=json.loads(row.languages),
        )

    @property
    def target(self) -> Target:
        return Target.of(self.regions, self.trades, self.languages)

    def content_record(self) -> dict[str, Any]:
        """The draft as a content record, so that the content import's own rules check it."""
        return {
            "topic": REPLY,
            "status": "draft",
            "text": dict(self.text),
            "source": dict(self.source),
            "reference": self.reference,
            "verified_on": self.verified_on,
            "values": {},
        }


def problems(session: Session, draft: Draft) -> list[Problem]:
    """Why the draft cannot be saved: the content rules (all languages, a source, a date, no unknown
    placeholder, one Telegram message), a title, and targets that exist."""
    found = []
    if not draft.title.strip():
        found.append(problem("required", "title"))
    elif len(draft.title.strip()) > MAX_TITLE:
        found.append(problem("too_long", "title", number=MAX_TITLE))
    # The record's topic is always the same word: naming it would tell the editor nothing.
    found += without_label(validate_record(draft.content_record()))
    known_regions = set(session.scalars(sa.select(Region.code)))
    known_trades = set(session.scalars(sa.select(Trade.code).where(Trade.code.in_(draft.trades or [""]))))
    for name, chosen, known in (
        ("regions", draft.regions, known_regions),
        ("trades", draft.trades, known_trades),
        ("languages", draft.languages, set(REPLY_LANGUAGES)),
    ):
        unknown = sorted(set(chosen) - known)
        if unknown:
            found.append(problem("unknown_codes", name, codes=", ".join(unknown)))
    return found


def values(draft: Draft | Announcement, language: str) -> dict[str, Any]:
    """The values the announcement's reply is filled with in ``language``."""
    if isinstance(draft, Announcement):
        text, source, verified = (
            getattr(draft, f"text_{language}"),
            getattr(draft, f"source_{language}"),
            draft.verified_on.isoformat(),
        )
    else:
        text, source, verified = draft.text[language], draft.source[language], draft.verified_on.strip()
    return {
        "content": text.replace("\r\n", "\n").strip(),
        "verified_date": verified,
        "source": source.strip(),
    }


def message(draft: Draft | Announcement, language: str, catalog: Any) -> dict[str, Any]:
    """The announcement in ``language`` as the chat gets it (text, buttons, direction); ValueError and the
    like for a text that cannot be filled (the checks say why)."""
    return render(CHANNEL_REPLIES[REPLY], REPLY, language, catalog, values(draft, language))


# --- editors' changes -----------------------------------------------------------------------


def _columns(draft: Draft) -> dict[str, Any]:
    return {
        "title": draft.title.strip(),
        **{
            f"text_{language}": draft.text[language].replace("\r\n", "\n").strip()
            for language in CONTENT_LANGUAGES
        },
        **{f"source_{language}": draft.source[language].strip() for language in CONTENT_LANGUAGES},
        "reference": draft.reference.strip(),
        "verified_on": dt.date.fromisoformat(draft.verified_on.strip()),
        "regions": json.dumps(sorted(set(draft.regions))),
        "trades": json.dumps(sorted(set(draft.trades))),
        "languages": json.dumps(sorted(set(draft.languages))),
    }


def create(session: Session, draft: Draft, editor: str, now: dt.datetime) -> Announcement:
    """Save a new announcement as a draft; RefusedChange with the problems if it is not valid."""
    refused = problems(session, draft)
    if refused:
        raise RefusedChange(refused)
    now = as_utc(now)
    row = Announcement(
        **_columns(draft),
        status="draft",
        created_by=editor,
        created_at=now,
        updated_by=editor,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


def update(
    session: Session, announcement_id: int, draft: Draft, editor: str, now: dt.datetime
) -> Announcement:
    """Change a draft; a scheduled one is cancelled first (back to draft), so what goes out is what was checked."""
    row = get(session, announcement_id)
    if row.status not in EDITABLE:
        raise RefusedChange([problem("cannot_change", "status", status=row.status)])
    refused = problems(session, draft)
    if refused:
        raise RefusedChange(refused)
    for name, value in _columns(draft).items():
        setattr(row, name, value)
    row.updated_by, row.updated_at = editor, as_utc(now)
    return row


def schedule(
    session: Session, announcement_id: int, send_at: dt.datetime, editor: str, now: dt.datetime
) -> Announcement:
    """Schedule a draft for ``send_at`` (``now`` to send at the scheduler's next tick)."""
    row = get(session, announcement_id)
    if row.status != "draft":
        raise RefusedChange([problem("cannot_schedule", "status", status=row.status)])
    if as_utc(send_at) < as_utc(now) - dt.timedelta(minutes=1):
        raise RefusedChange([problem("in_the_past", "send_at")])
    refused = problems(session, Draft.of(row))
    if refused:  # checked again: the trades or regions it names may have changed since it was saved
        raise RefusedChange(refused)
    row.status, row.send_at = "scheduled", max(as_utc(send_at), as_utc(now))
    row.updated_by, row.updated_at = editor, as_utc(now)
    return row


def cancel(session: Session, announcement_id: int, editor: str, now: dt.datetime) -> Announcement:
    """A scheduled announcement goes back to draft, nothing sent; a sending one stops, the rest skipped."""
    row = get(session, announcement_id)
    now = as_utc(now)
    if row.status == "scheduled":
        row.status, row.send_at = "draft", None
    elif row.status == "sending":
        row.status, row.finished_at = "cancelled", now
        skipped = session.execute(
            sa.update(AnnouncementDelivery)
            .where(AnnouncementDelivery.announcement_id == row.id, AnnouncementDelivery.status == "pending")
            .values(status="skipped", done_at=now),
            execution_options={"synchronize_session": False},
        ).rowcount
        row.skipped += skipped
    else:
        raise RefusedChange([problem("cannot_cancel", "status", status=row.status)])
    row.updated_by, row.updated_at = editor, now
    return row


def get(session: Session, announcement_id: int) -> Announcement:
    """The announcement numbered ``announcement_id``; LookupError if there is none."""
    row = session.get(Announcement, announcement_id)
    if row is None:
        raise LookupError(announcement_id)
    return row


def moroccan_time(text: str) -> dt.datetime:
    """A ``YYYY-MM-DDTHH:MM`` typed in Morocco (the form's datetime-local), as aware UTC; ValueError if not."""
    try:
        local = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a date and time") from None
    if local.tzinfo is not None:
        return as_utc(local)
    return local.replace(tzinfo=MOROCCO).astimezone(dt.timezone.utc)
