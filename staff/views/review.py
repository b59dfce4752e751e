"""Teaching the assistant: a reviewer confirms or corrects what it understood of one user message,
and sees the corrections waiting for the next training."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template, request
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select

from registry.models import Correction, StaffMember
from registry.types import utc_now
from staff import audit
from staff.corrections import (
    UNKNOWN_VARIETY,
    VARIETIES,
    RefusedCorrection,
    Understood,
    check,
    save,
    stated,
    vocabulary,
)
from staff.masking import mask_personal, mask_value
from staff.permissions import can, requires
from staff.services import services
from staff.tracker import Event

blueprint = Blueprint("review", __name__)
PAGE_SIZE = 50


@blueprint.route("/review")
@requires("review")
def corrections():
    """The corrections waiting for the next training, then the exported ones, newest first."""
    variety = request.args.get("variety") or None
    page = max(request.args.get("page", 1, type=int) or 1, 1)
    chosen = (Correction.variety == variety,) if variety else ()
    with services().registry.session() as session:
        waiting = session.execute(
            select(Correction, StaffMember.email)
            .join(StaffMember, StaffMember.id == Correction.created_by)
            .where(Correction.exported_at.is_(None), *chosen)
            .order_by(Correction.created_at.desc())
        ).all()
        exported_count = session.scalar(
            select(func.count()).select_from(Correction).where(Correction.exported_at.is_not(None), *chosen)
        )
        exported = session.execute(
            select(Correction, StaffMember.email)
            .join(StaffMember, StaffMember.id == Correction.created_by)
            .where(Correction.exported_at.is_not(None), *chosen)
            .order_by(Correction.exported_at.desc(), Correction.id.desc())
            .offset((page - 1) * PAGE_SIZE)
            .limit(PAGE_SIZE)
        ).all()
        by_variety = dict(
            session.execute(
                select(Correction.variety, func.count()).where(Correction.exported_at.is_(None)).group_by(Correction.variety)
            ).all()
        )
    return render_template(
        "review.html",
        waiting=waiting,
        exported=exported,
        page=page,
        pages=max((exported_count + PAGE_SIZE - 1) // PAGE_SIZE, 1),
        variety=variety,
        varieties=(*VARIETIES, UNKNOWN_VARIETY),
        by_variety=by_variety,
        shown=_shown,
        stated=stated,
    )


@blueprint.route("/review/events/<int:event_id>", methods=["GET", "POST"])
@requires("review")
def message(event_id: int):
    """The form to confirm or correct one user message (an htmx fragment, or a page when opened directly)."""
    event = services().tracker.event(event_id)
    if event is None or event.type_name != "user":
        abort(404)
    understood = Understood.of(event)
    words = vocabulary()
    with services().registry.session() as session:
        earlier = session.scalars(select(Correction).where(Correction.event_id == event_id)).one_or_none()
    if request.method == "GET":
        chosen = _chosen_from(earlier, understood)
        return _render(event, understood, chosen, correction=earlier)

    confirm = request.form.get("action") == "confirm"
    variety = request.form.get("variety") or understood.variety
    if confirm:
        chosen = {"intent": understood.intent or "", "values": understood.values(words), "variety": variety}
    else:
        values = {
            key.removeprefix("entity_"): value
            for key, value in request.form.items()
            if key.startswith("entity_") and value
        }
        chosen = {"intent": request.form.get("intent", ""), "values": values, "variety": variety}
    try:
        check(words, chosen["intent"], chosen["values"], chosen["variety"])
    except RefusedCorrection as refused:
        return _render(event, understood, chosen, correction=earlier, error=_refusal(refused, confirm)), 400
    with services().registry.session() as session:
        row, replaced = save(
            session, event, chosen["intent"], chosen["values"], chosen["variety"], current_user.id, utc_now()
        )
        audit.record(
            session,
            current_user.id,
            "correct_message",
            f"event:{event_id}",
            f"{event.sender_id}: {understood.intent} -> {row.intent} {row.entities}"
            + (" (confirmed)" if confirm else "")
            + (" (replaced)" if replaced else ""),
        )
    return _render(event, understood, chosen, correction=row, saved=True, replaced=replaced, confirmed=confirm)


def _chosen_from(correction: Correction | None, understood: Understood) -> dict[str, Any]:
    if correction is not None:
        values = {e["entity"]: str(e["value"]) for e in stated(correction)}
        return {"intent": correction.intent, "values": values, "variety": correction.variety}
    return {"intent": understood.intent or "", "values": understood.values(vocabulary()), "variety": understood.variety}


def _refusal(refused: RefusedCorrection, confirm: bool) -> str:
    if refused.kind == "intent" and confirm:
        return _("The assistant has no intent “%(name)s”: choose the right one and save a correction.", name=refused.name)
    if refused.kind == "intent":
        return _("Not saved: “%(name)s” is not one of the assistant's intents.", name=refused.name)
    if refused.kind == "entity":
        return _("Not saved: the assistant has no entity “%(name)s”.", name=refused.name)
    if refused.kind == "value":
        return _("Not saved: “%(value)s” is not a known value of %(name)s.", value=refused.value, name=refused.name)
    return _("Not saved: “%(name)s” is not a language variety of the training data.", name=refused.name)


def _shown(text: str) -> str:
    """A user's message in the list of corrections: CIN and phone masked for every role."""
    return mask_personal(text)


@blueprint.route("/review/events/<int:event_id>/reveal", methods=["POST"])
@requires("review")
def reveal(event_id: int):
    """The form with CIN and phone numbers in clear, for this one response; the reveal is audited."""
    if not can("see_personal_data"):
        abort(403)
    event = services().tracker.event(event_id)
    if event is None or event.type_name != "user":
        abort(404)
    understood = Understood.of(event)
    with services().registry.session() as session:
        earlier = session.scalars(select(Correction).where(Correction.event_id == event_id)).one_or_none()
        audit.record(session, current_user.id, "reveal_personal_data", f"event:{event_id}", event.sender_id)
    return _render(event, understood, _chosen_from(earlier, understood), correction=earlier, revealed=True)


def _render(event: Event, understood: Understood, chosen: dict[str, Any], revealed: bool = False, **state: Any):
    fragment = request.headers.get("HX-Request") == "true"
    # Masked by default for every role, as in the transcript; who may see personal data reveals (audited).
    shown = (lambda value: value) if revealed else mask_value
    text = shown(understood.text)
    return render_template(
        "_correction.html" if fragment else "review_message.html",
        event=event,
        understood=understood,
        entities=[{**entity, "value": shown(entity.get("value"))} for entity in understood.entities],
        revealed=revealed,
        maskable=mask_value(understood.text) != understood.text,
        text=text,
        chosen=chosen,
        words=vocabulary(),
        varieties=VARIETIES,
        unknown_variety=UNKNOWN_VARIETY,
        **state,
    )
