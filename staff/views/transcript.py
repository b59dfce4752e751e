"""A conversation's transcript: what the user wrote and what the assistant understood, what they were
answered, the slots and forms, pauses, and the requests for a person; personal numbers masked."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from rasa_plugins.pending_answers import PLACEHOLDER, is_sealed
from registry.models import ConversationSummary, HandoffRequest, StaffMember
from staff import audit
from staff.masking import mask_value
from staff.permissions import requires
from staff.services import services
from staff.tracker import Event

blueprint = Blueprint("transcript", __name__)

# Slots the assistant keeps for itself (the evidence behind the language guess) say nothing to staff.
HIDDEN_SLOTS = frozenset({"language_evidence"})


@dataclass
class Item:
    """One line of the transcript, already masked when it has to be."""

    kind: str  # user, bot, staff, slot, form_start, form_end, pause, resume, session
    event_id: int
    at: dt.datetime
    text: str = ""
    intent: str = ""
    confidence: float | None = None
    entities: list[tuple[str, str]] = field(default_factory=list)
    variety: str = ""
    buttons: list[str] = field(default_factory=list)
    image: bool = False
    staff: str = ""
    name: str = ""
    value: str = ""


@dataclass
class State:
    """Where the conversation stands after its last event."""

    paused: bool = False
    form: str = ""
    slots: dict[str, Any] = field(default_factory=dict)


def _when(event: Event) -> dt.datetime:
    return dt.datetime.fromtimestamp(event.timestamp, tz=dt.timezone.utc)


def _shown(value: Any, mask: Callable[[Any], Any]) -> str:
    if value is None:
        return ""
    if is_sealed(value):
        # An answer pending consent, encrypted in Rasa's store (rasa_plugins/pending_answers.py): never shown.
        return PLACEHOLDER
    value = mask(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _user(event: Event, mask: Callable[[Any], Any]) -> Item:
    parse = event.data.get("parse_data") or {}
    intent = parse.get("intent") or {}
    entities = [
        (str(entity.get("entity", "")), _shown(entity.get("value"), mask))
        for entity in parse.get("entities") or []
        if isinstance(entity, dict)
    ]
    return Item(
        "user",
        event.id,
        _when(event),
        text=mask(event.data.get("text") or ""),
        intent=intent.get("name") or "",
        confidence=intent.get("confidence"),
        entities=entities,
        variety=parse.get("variety") or "",
    )


def _bot(event: Event, mask: Callable[[Any], Any]) -> Item | None:
    data = event.data.get("data") or {}
    staff = (event.data.get("metadata") or {}).get("staff") or ""
    text = event.data.get("text") or ""
    buttons = [mask(str(b.get("title", ""))) for b in data.get("buttons") or [] if isinstance(b, dict)]
    if not (text or buttons or data.get("image")):
        return None  # a companion message carrying only the language and direction: the user saw nothing
    return Item(
        "staff" if staff else "bot",
        event.id,
        _when(event),
        text=mask(text),
        buttons=buttons,
        image=bool(data.get("image")),
        staff=str(staff),
    )


def timeline(events: Iterable[Event], reveal: bool = False) -> tuple[list[Item], State]:
    """The transcript's lines for ``events`` (oldest first), and the state they leave the conversation in."""
    mask: Callable[[Any], Any] = (lambda value: value) if reveal else mask_value
    items: list[Item] = []
    state = State()
    for event in events:
        kind = event.type_name
        if kind == "user":
            items.append(_user(event, mask))
        elif kind == "bot":
            item = _bot(event, mask)
            if item is not None:
                items.append(item)
        elif kind == "slot":
            name, value = event.data.get("name") or "", event.data.get("value")
            # The assistant sets some slots after every message: only a change is worth a line.
            if name not in HIDDEN_SLOTS and state.slots.get(name) != value:
                items.append(Item("slot", event.id, _when(event), name=name, value=_shown(value, mask)))
            state.slots[name] = value
        elif kind == "active_loop":
            name = event.data.get("name") or ""
            if name:
                items.append(Item("form_start", event.id, _when(event), name=name))
            elif state.form:
                items.append(Item("form_end", event.id, _when(event), name=state.form))
            state.form = name
        elif kind in ("pause", "resume"):
            state.paused = kind == "pause"
            items.append(Item(kind, event.id, _when(event)))
        elif kind in ("session_started", "restart"):
            # Rasa forgets a pause when a new session starts or the user restarts.
            state.paused, state.form = False, ""
            items.append(Item("session", event.id, _when(event), name=kind))
    return items, state


@dataclass
class Handoff:
    """A request for a person in this conversation, with the e-mail of who took it."""

    row: HandoffRequest
    taken_by: str


def _staff_emails(session: Any, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(StaffMember.id, StaffMember.email).where(StaffMember.id.in_(ids)))
    return {member_id: email for member_id, email in rows}


def conversation_page(sender_id: str, reveal: bool) -> str:
    """The whole transcript page; 404 when neither Rasa nor the inbox know the conversation."""
    events = services().tracker.conversation(sender_id)
    with services().registry.session() as session:
        summary = session.get(ConversationSummary, sender_id)
        rows = list(
            session.scalars(
                select(HandoffRequest)
                .where(HandoffRequest.conversation_id == sender_id)
                .order_by(HandoffRequest.created_at, HandoffRequest.id)
            )
        )
        taken = {row.taken_by for row in rows if row.taken_by}
        if summary is not None and summary.taken_by:
            taken.add(summary.taken_by)
        emails = _staff_emails(session, taken)
    if not events and summary is None:
        abort(404)
    items, state = timeline(events, reveal)
    handoffs = [Handoff(row, emails.get(row.taken_by, "") if row.taken_by else "") for row in rows]
    return render_template(
        "transcript.html",
        sender_id=sender_id,
        items=items,
        state=state,
        summary=summary,
        paused=state.paused or bool(summary and summary.paused),
        taken_by=emails.get(summary.taken_by, "") if summary and summary.taken_by else "",
        handoffs=handoffs,
        reveal=reveal,
        last_id=events[-1].id if events else 0,
    )


def is_paused(sender_id: str) -> bool:
    """Whether a person answers ``sender_id`` now: Rasa's pause in the events, or the inbox's mark."""
    _, state = timeline(services().tracker.conversation(sender_id))
    if state.paused:
        return True
    with services().registry.session() as session:
        summary = session.get(ConversationSummary, sender_id)
        return bool(summary and summary.paused)


@blueprint.route("/conversations/<sender_id>")
@requires("view_conversations")
def conversation(sender_id: str):
    return conversation_page(sender_id, reveal=False)


@blueprint.route("/conversations/<sender_id>/reveal", methods=["GET", "POST"])
@requires("see_personal_data")
def reveal(sender_id: str):
    """The page with CIN and phone numbers in clear, for this one response; the reveal is audited."""
    if request.method == "GET":
        # The header's language links point at the current address: they land on the masked page.
        return redirect(url_for("transcript.conversation", sender_id=sender_id, **request.args))
    with services().registry.session() as session:
        audit.record(session, current_user.id, "reveal_personal_data", sender_id)
    return conversation_page(sender_id, reveal=True)


@blueprint.route("/conversations/<sender_id>/live")
@requires("view_conversations")
def live(sender_id: str):
    """The lines after event ``after`` (htmx polls this to show a user's new messages), masked."""
    after = request.args.get("after", type=int) or 0
    events = services().tracker.conversation(sender_id)
    items, _ = timeline(events)
    return render_template(
        "_transcript_live.html",
        sender_id=sender_id,
        items=[item for item in items if item.event_id > after],
        last_id=events[-1].id if events else after,
    )
