"""What users asked and did not get: the unanswered questions in groups, each turned by an editor into
a new topic, into training examples of an existing intent, or dismissed."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evaluation.overlap import fold
from registry.models import TrainingExample, UnansweredQuestion
from registry.types import utc_now
from staff import audit
from staff.corrections import vocabulary
from staff.masking import mask_personal
from staff.permissions import requires
from staff.services import services
from staff.unanswered_groups import MAX_QUESTIONS, training_variety, unhandled_groups

blueprint = Blueprint("unanswered", __name__)
PAGE_SIZE = 25
# The new-topic page gets a few of the group's messages to start from, not the whole group.
EXAMPLES_FOR_TOPIC = 5
TRAINING_SOURCE = "unanswered"
ACTIONS = ("topic", "training", "dismiss")


@blueprint.route("/unanswered")
@requires("edit_content")
def groups():
    """The unhandled questions in groups, largest first."""
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    with services().registry.session() as session:
        found = unhandled_groups(session)
        total = session.scalar(
            select(func.count()).select_from(UnansweredQuestion).where(UnansweredQuestion.handled.is_(None))
        )
        session.expunge_all()
    pages = max((len(found) + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    return render_template(
        "unanswered.html",
        groups=found[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
        group_count=len(found),
        total=total,
        grouped_at_most=MAX_QUESTIONS,
        page=page,
        pages=pages,
        intents=vocabulary().intents,
        shown=_shown,
        new_topic=_new_topic_endpoint() is not None,
    )


@blueprint.route("/unanswered/handle", methods=["POST"])
@requires("edit_content")
def handle():
    """Apply one action to the chosen questions of a group; those already handled by someone else are left."""
    action = request.form.get("action", "")
    ids = sorted({int(value) for value in request.form.getlist("row") if value.isdigit()})
    intent = request.form.get("intent", "")
    if action not in ACTIONS:
        abort(400)
    if action == "training" and intent not in vocabulary().intents:
        flash(_("Nothing saved: choose one of the assistant's intents."), "danger")
        return redirect(url_for("unanswered.groups"))
    if not ids:
        flash(_("Nothing done: choose at least one message."), "warning")
        return redirect(url_for("unanswered.groups"))
    now, editor = utc_now(), current_user.email
    with services().registry.session() as session:
        rows = list(
            session.scalars(
                select(UnansweredQuestion)
                .where(UnansweredQuestion.id.in_(ids), UnansweredQuestion.handled.is_(None))
                .order_by(UnansweredQuestion.asked_at, UnansweredQuestion.id)
            )
        )
        if not rows:
            flash(_("Nothing done: these questions were handled meanwhile."), "warning")
            return redirect(url_for("unanswered.groups"))
        added = _training_examples(session, rows, intent, editor, now) if action == "training" else 0
        outcome = "dismissed" if action == "dismiss" else action
        for row in rows:
            row.handled, row.handled_by, row.handled_at = outcome, editor, now
        examples = list(dict.fromkeys(mask_personal(row.text) for row in rows))[:EXAMPLES_FOR_TOPIC]
        audit.record(
            session,
            current_user.id,
            f"unanswered_{action}",
            "unanswered:" + ",".join(str(row.id) for row in rows),
            f"{len(rows)} questions" + (f" -> {intent} ({added} examples)" if action == "training" else ""),
        )
    if action == "training":
        flash(
            ngettext(
                "%(num)d training example saved for %(intent)s; `hirfa review export` writes it for the next training.",
                "%(num)d training examples saved for %(intent)s; `hirfa review export` writes them for the next training.",
                added,
                intent=intent,
            ),
            "success",
        )
    elif action == "dismiss":
        flash(ngettext("%(num)d question dismissed.", "%(num)d questions dismissed.", len(rows)), "success")
    else:
        endpoint = _new_topic_endpoint()
        if endpoint is not None:
            return redirect(url_for(endpoint, examples=examples))
        flash(
            ngettext(
                "%(num)d question marked for a new topic: write it in the answers.",
                "%(num)d questions marked for a new topic: write it in the answers.",
                len(rows),
            ),
            "success",
        )
    return redirect(url_for("unanswered.groups"))


def _training_examples(
    session: Session, rows: list[UnansweredQuestion], intent: str, editor: str, at: dt.datetime
) -> int:
    """One example per distinct message (case, accents and punctuation folded), filed under its variety."""
    seen: set[str] = set()
    for row in rows:
        key = fold(row.text)
        variety = training_variety(row.text, row.language)
        if not key or key in seen or variety is None:
            continue
        seen.add(key)
        session.add(
            TrainingExample(
                text=row.text,
                variety=variety,
                intent=intent,
                source=TRAINING_SOURCE,
                created_by=editor,
                created_at=at,
            )
        )
    session.flush()
    return len(seen)


def _new_topic_endpoint() -> str | None:
    return "content.new" if "content.new" in current_app.view_functions else None


def _shown(text: str) -> str:
    """A user's message with CIN and phone masked, for every role: grouping questions needs no number
    (the conversation's transcript has the audited reveal)."""
    return mask_personal(text)
