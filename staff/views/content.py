"""The editors' answers: every topic at a glance, editing with checks and a preview as you type, the
review (another editor approves or sends back), history with differences, and rollback."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from registry import content_workflow as workflow
from registry.content import (
    CHECKED_LINE,
    CONTENT_LANGUAGES,
    MAX_TEXT,
    latest,
    message_length,
    published,
    record_of,
    validate_record,
)
from registry.models import CONTENT_STATUSES
from registry.problems import NO_TOPIC, Problem, problem
from replies.catalogs import RTL_LANGUAGES
from replies.render import placeholders
from staff import audit
from staff.permissions import requires
from staff.preview import preview
from staff.problem_text import all_translated
from staff.services import services

blueprint = Blueprint("content", __name__)
TEXT_FIELDS = tuple(f"text_{language}" for language in CONTENT_LANGUAGES)
SOURCE_FIELDS = tuple(f"source_{language}" for language in CONTENT_LANGUAGES)


def _today() -> dt.date:
    return dt.datetime.now(dt.timezone.utc).date()


@blueprint.route("/content")
@requires("edit_content")
def index():
    """Every topic: its newest version's status, the published version, when verified, by whom; filters."""
    status = request.args.get("status") or ""
    stale_only = request.args.get("stale") == "1"
    query = (request.args.get("q") or "").strip()
    months = services().settings.stale_months
    with services().registry.session() as session:
        states = workflow.topics(session, _today(), months)
        session.expunge_all()
    shown = [
        state
        for state in states
        if (not status or state.newest.status == status)
        and (not stale_only or state.stale)
        and (not query or _matches(state, query))
    ]
    return render_template(
        "content.html",
        states=shown,
        total=len(states),
        stale_count=sum(state.stale for state in states),
        statuses=CONTENT_STATUSES,
        status=status,
        stale_only=stale_only,
        query=query,
        months=months,
        languages=CONTENT_LANGUAGES,
        rtl_languages=RTL_LANGUAGES,
    )


def _matches(state: workflow.TopicState, query: str) -> bool:
    folded = query.casefold()
    row = state.newest
    haystack = [row.topic, row.created_by, *(getattr(row, name) for name in (*TEXT_FIELDS, *SOURCE_FIELDS))]
    return any(folded in (text or "").casefold() for text in haystack)


@blueprint.route("/content/new", methods=["GET", "POST"])
@requires("edit_content")
def new():
    """A new topic, saved as its first draft."""
    fields = _form_fields(request.form) if request.method == "POST" else _empty_fields()
    problems: list[Problem] = []
    if request.method == "POST":
        record, problems = _record(fields, fields["topic"].strip())
        if fields["topic"].strip() == "new":
            # /content/new is this page: a topic of that name could never be opened.
            problems.append(problem("reserved_topic", "topic", "new"))
        if not problems:
            try:
                with services().registry.session() as session:
                    row = workflow.create_topic(session, record, current_user.email)
                    audit.record(
                        session, current_user.id, "content_create", row.topic, f"version {row.version}"
                    )
                    topic = row.topic
            except workflow.RefusedChange as refused:
                problems = refused.problems
            else:
                flash(_("Draft saved: %(topic)s, version %(version)s.", topic=topic, version=1), "success")
                return redirect(url_for("content.edit", topic=topic))
    return render_template(
        "content_edit.html",
        topic=None,
        fields=fields,
        problems=problems,
        check=_check(fields, fields["topic"].strip(), problems),
        newest=None,
        current=None,
        languages=CONTENT_LANGUAGES,
        rtl_languages=RTL_LANGUAGES,
    ), (400 if problems else 200)


@blueprint.route("/content/<topic>", methods=["GET", "POST"])
@requires("edit_content")
def edit(topic: str):
    """The topic's newest version in the three languages side by side, to change and save as a draft."""
    with services().registry.session() as session:
        newest = latest(session, topic)
        if newest is None:
            abort(404)
        current = published(session, topic)
        session.expunge_all()
    problems: list[Problem] = []
    if request.method == "POST":
        fields = _form_fields(request.form)
        record, problems = _record(fields, topic)
        if not problems:
            try:
                with services().registry.session() as session:
                    row = workflow.save_draft(session, record, current_user.email)
                    audit.record(
                        session, current_user.id, "content_save_draft", topic, f"version {row.version}"
                    )
                    version = row.version
            except workflow.RefusedChange as refused:
                problems = refused.problems
            else:
                flash(
                    _("Draft saved: %(topic)s, version %(version)s.", topic=topic, version=version), "success"
                )
                return redirect(url_for("content.edit", topic=topic))
    else:
        fields = _fields_of(newest)
    return render_template(
        "content_edit.html",
        topic=topic,
        fields=fields,
        problems=problems,
        check=_check(fields, topic, problems),
        newest=newest,
        current=current,
        languages=CONTENT_LANGUAGES,
        rtl_languages=RTL_LANGUAGES,
    ), (400 if problems else 200)


@blueprint.route("/content/<topic>/check", methods=["POST"])
@requires("edit_content")
def check(topic: str):
    """The form's problems, characters left and preview, for htmx as the editor types."""
    fields = _form_fields(request.form)
    name = fields["topic"] if topic == "new" and fields["topic"] else topic
    return render_template(
        "_content_check.html",
        check=_check(fields, name),
        languages=CONTENT_LANGUAGES,
        rtl_languages=RTL_LANGUAGES,
    )


# --- the review ----------------------------------------------------------------------------


@blueprint.route("/content/<topic>/versions/<int:version>/submit", methods=["POST"])
@requires("edit_content")
def submit(topic: str, version: int):
    return _step(
        topic, version, "content_submit", workflow.submit, _("Version %(version)s is waiting for review.")
    )


@blueprint.route("/content/<topic>/versions/<int:version>/approve", methods=["POST"])
@requires("edit_content")
def approve(topic: str, version: int):
    return _step(
        topic,
        version,
        "content_publish",
        workflow.approve,
        _("Version %(version)s is published: users get it now."),
    )


@blueprint.route("/content/<topic>/versions/<int:version>/send-back", methods=["POST"])
@requires("edit_content")
def send_back(topic: str, version: int):
    note = (request.form.get("note") or "").strip()

    def step(session: Any, topic: str, version: int, editor: str) -> Any:
        return workflow.send_back(session, topic, version, editor, note)

    return _step(
        topic,
        version,
        "content_send_back",
        step,
        _("Version %(version)s went back to its author."),
        detail=note,
    )


@blueprint.route("/content/<topic>/versions/<int:version>/rollback", methods=["POST"])
@requires("edit_content")
def rollback(topic: str, version: int):
    try:
        with services().registry.session() as session:
            row = workflow.rollback(session, topic, version, current_user.email)
            audit.record(
                session,
                current_user.id,
                "content_rollback",
                topic,
                f"version {row.version} restores version {version}",
            )
            made = row.version
    except workflow.RefusedChange as refused:
        _refused(refused)
        return redirect(url_for("content.history", topic=topic))
    flash(
        _("Version %(old)s restored as version %(version)s, published.", old=version, version=made), "success"
    )
    return redirect(url_for("content.edit", topic=topic))


def _step(topic: str, version: int, action: str, step: Any, done: str, detail: str = ""):
    try:
        with services().registry.session() as session:
            step(session, topic, version, current_user.email)
            audit.record(
                session,
                current_user.id,
                action,
                topic,
                f"version {version}" + (f": {detail}" if detail else ""),
            )
    except workflow.RefusedChange as refused:
        _refused(refused)
    else:
        flash(done % {"version": version}, "success")
    return redirect(url_for("content.edit", topic=topic))


def _refused(refused: workflow.RefusedChange) -> None:
    for reason in all_translated(refused.problems):
        flash(_("Refused: %(reason)s", reason=reason), "danger")


# --- history -------------------------------------------------------------------------------


@blueprint.route("/content/<topic>/history")
@requires("edit_content")
def history(topic: str):
    """Every version, and the differences between two of them (by default the newest and the one before)."""
    with services().registry.session() as session:
        versions = workflow.history(session, topic)
        if not versions:
            abort(404)
        numbers = [row.version for row in versions]
        new = request.args.get("new", type=int) or numbers[0]
        old = request.args.get("old", type=int) or (numbers[1] if len(numbers) > 1 else numbers[0])
        by_number = {row.version: row for row in versions}
        if new not in by_number or old not in by_number:
            abort(404)
        changes = workflow.diff_versions(by_number[old], by_number[new])
        current = published(session, topic)
        session.expunge_all()
    return render_template(
        "content_history.html",
        topic=topic,
        versions=versions,
        old=old,
        new=new,
        changes=changes,
        current=current,
        languages=CONTENT_LANGUAGES,
        rtl_languages=RTL_LANGUAGES,
    )


# --- the form ------------------------------------------------------------------------------


def _empty_fields() -> dict[str, str]:
    return {
        "topic": "",
        **{name: "" for name in (*TEXT_FIELDS, *SOURCE_FIELDS)},
        "values": "{}",
        "reference": "",
        "verified_on": _today().isoformat(),
    }


def _fields_of(row: Any) -> dict[str, str]:
    record = record_of(row)
    return {
        "topic": row.topic,
        **{f"text_{language}": record["text"][language] for language in CONTENT_LANGUAGES},
        **{f"source_{language}": record["source"][language] for language in CONTENT_LANGUAGES},
        "values": json.dumps(record["values"], ensure_ascii=False, indent=1, sort_keys=True),
        "reference": record["reference"],
        "verified_on": record["verified_on"].isoformat(),
    }


def _form_fields(form: Mapping[str, str]) -> dict[str, str]:
    return {name: form.get(name, "") for name in _empty_fields()}


def _record(fields: Mapping[str, str], topic: str) -> tuple[dict[str, Any], list[Problem]]:
    """The form as a content record, and the problems validate_record finds (plus unreadable values)."""
    problems: list[Problem] = []
    values: Any = fields["values"].strip() or "{}"
    try:
        values = json.loads(values)
    except ValueError as error:
        problems.append(problem("not_json", "values", topic or NO_TOPIC, detail=error))
        values = None
    record = {
        "topic": topic,
        "status": "draft",
        "text": {language: fields[f"text_{language}"] for language in CONTENT_LANGUAGES},
        "source": {language: fields[f"source_{language}"] for language in CONTENT_LANGUAGES},
        "reference": fields["reference"],
        "verified_on": fields["verified_on"],
        "values": values if values is not None else {},
    }
    if values is not None:
        problems.extend(validate_record(record))
    return record, problems


def _check(fields: Mapping[str, str], topic: str, refused: list[Problem] | None = None) -> dict[str, Any]:
    """Problems, placeholders, characters left and the preview of each language, for the form as it is.

    ``refused`` adds the reasons a save was refused that the form alone does not show (a topic that exists).
    """
    record, problems = _record(fields, topic)
    problems += [problem for problem in refused or () if problem not in problems]
    values = record["values"] if isinstance(record["values"], Mapping) else {}
    try:
        verified: dt.date | None = dt.date.fromisoformat(fields["verified_on"].strip())
    except ValueError:
        verified = None
    languages = {}
    for language in CONTENT_LANGUAGES:
        text = fields[f"text_{language}"].replace("\r\n", "\n").strip()
        source = fields[f"source_{language}"].strip()
        try:
            used = message_length(text, values, source)
            names = sorted(placeholders(text))
        except (KeyError, ValueError, IndexError):
            # Not fillable yet (a placeholder without a value, an open brace): count it as typed.
            used = len(text) + CHECKED_LINE + len(source)
            names = []
        languages[language] = {
            "left": MAX_TEXT - used,
            "placeholders": names,
            "preview": preview(language, text, source, values, verified, topic) if text else None,
        }
    return {"problems": all_translated(problems), "languages": languages}
