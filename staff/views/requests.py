"""Registration help requests: the list by region's chamber and status, one request, and moving it along.

Each move is saved first, then told to the artisan on Telegram: a message that cannot go never
undoes the change, the page says so instead.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from wtforms import SelectField, TextAreaField
from wtforms.validators import Length

from registry import queries
from registry.models import Region, RegistrationRequest
from staff import audit, user_messages
from staff.i18n import interface_language
from staff.masking import mask_personal
from staff.permissions import can, requires
from staff.services import services
from staff.telegram import MessengerError

blueprint = Blueprint("requests", __name__, url_prefix="/requests")

PAGE_SIZE = 25
# The steps in order; "closed" ends a request at any step before it is registered.
STEPS = ("received", "contacted", "papers_checked", "registered")
CLOSED = "closed"
STATUS_LABELS = {
    "received": _l("Received"),
    "contacted": _l("Contacted"),
    "papers_checked": _l("Papers checked"),
    "registered": _l("Registered on the RNA"),
    "closed": _l("Closed"),
}
MAX_NOTE = 2000
# Who helped make a request for someone else (registry HELPER_RELATIONSHIPS).
HELPER_LABELS = {
    "parent": _l("a parent"),
    "child": _l("a son or daughter"),
    "sibling": _l("a brother or sister"),
    "spouse": _l("a spouse"),
    "relative": _l("a relative"),
    "cooperative_member": _l("their cooperative"),
    "adviser": _l("an adviser"),
    "other": _l("someone else"),
}


def allowed_moves(status: str) -> tuple[str, ...]:
    """Where a request in ``status`` may go: a later step, or closed; nowhere once registered or closed."""
    if status not in STEPS or status == STEPS[-1]:
        return ()
    return (*STEPS[STEPS.index(status) + 1 :], CLOSED)


def mask(value: str) -> str:
    """A CIN or phone number shown as AB****56 or 06******12."""
    value = (value or "").strip()
    masked = mask_personal(value)
    if masked != value:
        return masked
    # A value the text patterns do not know (a foreign number, an odd CIN) is still hidden, all
    # but its first two and last two characters.
    if len(value) <= 4:
        return "*" * len(value)
    return value[:2] + "*" * (len(value) - 4) + value[-2:]


class MoveForm(FlaskForm):
    status = SelectField(_l("New status"), choices=[])
    note = TextAreaField(_l("Note (the reason, when closing)"), validators=[Length(max=MAX_NOTE)])


class RevealForm(FlaskForm):
    """The "Reveal" button: only its CSRF token."""


def _regions(session: Session) -> dict[str, str]:
    """Region codes and their names in the interface language, by name."""
    column = Region.name_ar if interface_language() == "ar" else Region.name_fr
    return {code: name for code, name in session.execute(select(Region.code, column).order_by(column))}


@blueprint.route("")
@requires("handle_requests")
def index():
    region = request.args.get("region", "")
    status = request.args.get("status", "")
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    with services().registry.session() as session:
        regions = _regions(session)
        query = select(RegistrationRequest)
        if region in regions:
            query = query.where(RegistrationRequest.region_code == region)
        else:
            region = ""
        if status in STATUS_LABELS:
            query = query.where(RegistrationRequest.status == status)
        else:
            status = ""
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = list(
            session.scalars(
                query.options(selectinload(RegistrationRequest.history), selectinload(RegistrationRequest.filed_by))
                .order_by(RegistrationRequest.created_at.desc(), RegistrationRequest.id.desc())
                .limit(PAGE_SIZE)
                .offset((page - 1) * PAGE_SIZE)
            )
        )
    pages = max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1)
    return render_template(
        "requests.html",
        rows=rows,
        regions=regions,
        region=region,
        status=status,
        statuses=STATUS_LABELS,
        helpers=HELPER_LABELS,
        page=page,
        pages=pages,
        total=total,
    )


def _load(session: Session, reference: str) -> RegistrationRequest:
    row = session.scalars(
        select(RegistrationRequest)
        .where(RegistrationRequest.reference == reference)
        .options(
            selectinload(RegistrationRequest.history),
            selectinload(RegistrationRequest.trade),
            selectinload(RegistrationRequest.office),
            selectinload(RegistrationRequest.filed_by),
        )
    ).first()
    if row is None:
        abort(404)
    return row


def _detail(reference: str, revealed: bool = False, form: MoveForm | None = None, status: int = 200):
    with services().registry.session() as session:
        row = _load(session, reference)
        regions = _regions(session)
    moves = allowed_moves(row.status)
    form = form or MoveForm()
    form.status.choices = [(move, STATUS_LABELS[move]) for move in moves]
    shown = revealed and can("see_personal_data")
    return (
        render_template(
            "requests_detail.html",
            row=row,
            region_name=regions.get(row.region_code, row.region_code),
            cin=row.cin if shown else mask(row.cin),
            phone=row.phone if shown else mask(row.phone),
            revealed=shown,
            reveal_form=RevealForm(),
            form=form,
            moves=moves,
            statuses=STATUS_LABELS,
            helpers=HELPER_LABELS,
        ),
        status,
    )


@blueprint.route("/<reference>")
@requires("handle_requests")
def detail(reference: str):
    return _detail(reference)


@blueprint.route("/<reference>/reveal", methods=["POST"])
@requires("see_personal_data")
def reveal(reference: str):
    if not RevealForm().validate_on_submit():
        abort(400)
    if not can("handle_requests"):
        abort(403)
    with services().registry.session() as session:
        row = _load(session, reference)
        audit.record(
            session, current_user.id, "reveal_personal_data", f"request:{row.reference}", "cin, phone"
        )
    return _detail(reference, revealed=True)


@blueprint.route("/<reference>/status", methods=["POST"])
@requires("handle_requests")
def move(reference: str):
    form = MoveForm()
    with services().registry.session() as session:
        current = _load(session, reference).status
    moves = allowed_moves(current)
    # Any status is a valid choice here: a move that is not allowed gets its own message below.
    form.status.choices = [(choice, STATUS_LABELS[choice]) for choice in STATUS_LABELS]
    valid = form.validate_on_submit()
    target, note = form.status.data, (form.note.data or "").strip()
    if "note" in form.errors:
        flash(_("The note is too long (%(most)d characters at most).", most=MAX_NOTE), "danger")
        return _detail(reference, form=form, status=400)
    if not valid or target not in moves:
        flash(
            _(
                "A request that is “%(current)s” cannot be moved to “%(target)s”: requests only move forward, "
                "and a closed or registered request stays as it is.",
                current=STATUS_LABELS[current],
                target=STATUS_LABELS.get(target, target),
            ),
            "danger",
        )
        return _detail(reference, status=409)
    if target == CLOSED and not note:
        flash(_("Write the reason why the request is closed."), "danger")
        return _detail(reference, form=form, status=400)
    with services().registry.session() as session:
        row = _load(session, reference)
        # Someone else may have moved it meanwhile: their step stands, this one is not applied.
        moved_meanwhile = row.status != current
        if not moved_meanwhile:
            queries.set_status(session, row, target, note or None, changed_by=current_user.email)
            audit.record(
                session,
                current_user.id,
                "change_request_status",
                f"request:{row.reference}",
                f"{current} → {target}",
            )
    if moved_meanwhile:
        flash(_("Someone else changed this request meanwhile. Look at its status and try again."), "warning")
        return _detail(reference, status=409)
    flash(_("The request is now “%(status)s”.", status=STATUS_LABELS[target]), "success")
    _tell(row)
    return redirect(url_for("requests.detail", reference=reference))


def _tell(row: RegistrationRequest) -> None:
    """Send the artisan the assistant's own answer about the new status, and say on the page how it went."""
    if not row.conversation_id.lstrip("-").isdigit():
        # Rasa's Telegram conversations are named by their chat id; others have no chat to write to.
        flash(_("The artisan was not told (not a Telegram chat)."), "warning")
        return
    language = user_messages.user_language(services().tracker.conversation(row.conversation_id))
    # The same answer and values as the status lookup in the chat (actions/status_form.py).
    values = {"reference": row.reference, "since_date": row.updated_at.date().isoformat()}
    message = user_messages.response(f"utter_status_{row.status}", language, values)
    if row.helper_relationship is not None:
        # The chat is the helper's: say whom the request is for, as the chat's lookup does.
        about = user_messages.response("utter_status_for_person", language, {"name": row.full_name})
        message = {**message, "text": f"{about['text']}\n{message['text']}"}
    try:
        user_messages.send(row.conversation_id, message)
    except MessengerError as error:
        flash(_("The artisan was not told on Telegram: %(reason)s", reason=str(error)), "warning")
    else:
        flash(_("The artisan was told on Telegram."), "success")
