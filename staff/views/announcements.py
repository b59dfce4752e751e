"""Announcements by editors: write one in the three languages with the content's checks and preview, target
subscribers by region, trade and language (seeing how many match), schedule it or send it now, cancel it,
and follow its sending live."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from outreach import announcement_drafts, announcement_report, subscriptions
from outreach.announcement_drafts import Draft, RefusedChange
from registry.content import CHECKED_LINE, CONTENT_LANGUAGES, MAX_TEXT, message_length
from registry.models import Region, Trade
from registry.problems import Problem
from registry.types import utc_now
from replies.catalogs import RTL_LANGUAGES, load_catalogs
from staff import audit
from staff.permissions import requires
from staff.preview import Preview
from staff.problem_text import all_translated
from staff.services import services

blueprint = Blueprint("announcements", __name__)


@lru_cache(maxsize=1)
def _catalogs() -> dict[str, Any]:
    # Read once, on first use: the compiled catalogs do not change while the app runs.
    return load_catalogs()


@blueprint.route("/announcements")
@requires("edit_content")
def index():
    """Every announcement with its status and counts, and how many people get the news."""
    with services().registry.session() as session:
        rows = announcement_report.listing(session)
        totals = subscriptions.totals(session)
        session.expunge_all()
    return render_template("announcements.html", rows=rows, totals=totals)


@blueprint.route("/announcements/new", methods=["GET", "POST"])
@requires("edit_content")
def new():
    """A new announcement, saved as a draft."""
    draft = _draft(request.form) if request.method == "POST" else Draft(verified_on=utc_now().date().isoformat())
    problems: list[Problem] = []
    if request.method == "POST":
        try:
            with services().registry.session() as session:
                row = announcement_drafts.create(session, draft, current_user.email, utc_now())
                audit.record(session, current_user.id, "announcement_create", f"announcement {row.id}", row.title)
                number = row.id
        except RefusedChange as refused:
            problems = refused.problems
        else:
            flash(_("Draft saved."), "success")
            return redirect(url_for("announcements.edit", number=number))
    return _page(None, draft, problems)


@blueprint.route("/announcements/<int:number>", methods=["GET", "POST"])
@requires("edit_content")
def edit(number: int):
    """The announcement: its form while a draft, its schedule, and its report once sending."""
    row = _row(number)
    problems: list[Problem] = []
    if request.method == "POST":
        draft = _draft(request.form)
        try:
            with services().registry.session() as session:
                announcement_drafts.update(session, number, draft, current_user.email, utc_now())
                audit.record(session, current_user.id, "announcement_save", f"announcement {number}", draft.title)
        except RefusedChange as refused:
            problems = refused.problems
        else:
            flash(_("Draft saved."), "success")
            return redirect(url_for("announcements.edit", number=number))
    else:
        draft = Draft.of(row)
    return _page(row, draft, problems)


@blueprint.route("/announcements/check", methods=["POST"])
@requires("edit_content")
def check():
    """Problems, characters left, previews and the number of matching subscribers, as the editor types."""
    return render_template("_announcement_check.html", **_check(_draft(request.form)))


@blueprint.route("/announcements/<int:number>/schedule", methods=["POST"])
@requires("edit_content")
def schedule(number: int):
    """Schedule the draft for a moment in Morocco's time, or now."""
    now = utc_now()
    if request.form.get("when") == "now":
        send_at = now
    else:
        try:
            send_at = announcement_drafts.moroccan_time(request.form.get("send_at") or "")
        except ValueError:
            flash(_("Give the day and time to send it."), "danger")
            return redirect(url_for("announcements.edit", number=number))
    try:
        with services().registry.session() as session:
            row = announcement_drafts.schedule(session, number, send_at, current_user.email, now)
            audit.record(
                session, current_user.id, "announcement_schedule", f"announcement {number}", row.send_at.isoformat()
            )
    except LookupError:
        abort(404)
    except RefusedChange as refused:
        for problem in all_translated(refused.problems):
            flash(_("Refused: %(reason)s", reason=problem), "danger")
    else:
        flash(_("Scheduled: it goes out at the time you gave, to the subscribers who match then."), "success")
    return redirect(url_for("announcements.edit", number=number))


@blueprint.route("/announcements/<int:number>/cancel", methods=["POST"])
@requires("edit_content")
def cancel(number: int):
    """A scheduled announcement back to draft; a sending one stopped."""
    try:
        with services().registry.session() as session:
            row = announcement_drafts.cancel(session, number, current_user.email, utc_now())
            audit.record(session, current_user.id, "announcement_cancel", f"announcement {number}", row.status)
            status = row.status
    except LookupError:
        abort(404)
    except RefusedChange as refused:
        for problem in all_translated(refused.problems):
            flash(_("Refused: %(reason)s", reason=problem), "danger")
    else:
        flash(
            _("Cancelled: nothing was sent. It is a draft again.")
            if status == "draft"
            else _("Stopped: the messages not sent yet will not go."),
            "success",
        )
    return redirect(url_for("announcements.edit", number=number))


@blueprint.route("/announcements/<int:number>/report")
@requires("edit_content")
def report(number: int):
    """The counts and the send rate, for htmx to refresh while sending."""
    with services().registry.session() as session:
        try:
            figures = announcement_report.report(session, number)
        except LookupError:
            abort(404)
    return render_template("_announcement_report.html", number=number, report=figures)


# --- the form ------------------------------------------------------------------------------


def _row(number: int) -> Any:
    with services().registry.session() as session:
        row = session.get(announcement_drafts.Announcement, number)
        if row is None:
            abort(404)
        session.expunge(row)
    return row


def _draft(form: Mapping[str, Any]) -> Draft:
    return Draft(
        title=form.get("title", ""),
        text={language: form.get(f"text_{language}", "") for language in CONTENT_LANGUAGES},
        source={language: form.get(f"source_{language}", "") for language in CONTENT_LANGUAGES},
        reference=form.get("reference", ""),
        verified_on=form.get("verified_on", ""),
        regions=[code for code in form.getlist("regions") if code],
        trades=[code for code in form.getlist("trades") if code],
        languages=[code for code in form.getlist("languages") if code],
    )


def _page(row: Any, draft: Draft, problems: list[Problem]):
    with services().registry.session() as session:
        regions = session.execute(sa.select(Region.code, Region.name_ar, Region.name_fr).order_by(Region.code)).all()
        trades = session.execute(
            sa.select(Trade.code, Trade.name_ar, Trade.name_fr).order_by(Trade.name_fr)
        ).all()
        figures = announcement_report.report(session, row.id) if row is not None and row.status != "draft" else None
    return render_template(
        "announcements_edit.html",
        row=row,
        draft=draft,
        editable=row is None or row.status in announcement_drafts.EDITABLE,
        regions=regions,
        trades=trades,
        report=figures,
        now_local=dt.datetime.now(announcement_drafts.MOROCCO).strftime("%Y-%m-%dT%H:%M"),
        **_check(draft, problems),
    ), (400 if problems else 200)


def _check(draft: Draft, refused: list[Problem] | None = None) -> dict[str, Any]:
    """What the content page's check shows (problems, characters left, previews) and the matching count."""
    with services().registry.session() as session:
        problems = announcement_drafts.problems(session, draft)
        matching = subscriptions.count_matching(session, draft.target)
    problems += [problem for problem in refused or () if problem not in problems]
    languages = {}
    for language in CONTENT_LANGUAGES:
        text = draft.text[language].replace("\r\n", "\n").strip()
        source = draft.source[language].strip()
        try:
            used = message_length(text, {}, source)
        except (KeyError, ValueError, IndexError):
            used = len(text) + CHECKED_LINE + len(source)
        languages[language] = {"left": MAX_TEXT - used, "placeholders": [], "preview": _preview(draft, language, text)}
    return {
        "check": {"problems": all_translated(problems), "languages": languages},
        "languages": CONTENT_LANGUAGES,
        "rtl_languages": RTL_LANGUAGES,
        "matching": matching,
    }


def _preview(draft: Draft, language: str, text: str) -> Preview | None:
    """The announcement in ``language`` as the chat will show it, rendered by the assistant's own code."""
    if not text:
        return None
    try:
        message = announcement_drafts.message(draft, language, _catalogs()[language])
    except (ValueError, IndexError, KeyError, AttributeError):
        return None
    custom = message.get("custom") or {}
    return Preview(language, message["text"], list(message.get("buttons") or []), bool(custom.get("rtl")))
