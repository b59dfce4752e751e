"""A person answers instead of the assistant: take over, write to the user, hand back; voice notes.

Rasa and Telegram are called before the registry changes, and a step that fails undoes the ones
before it, so that the registry, Rasa and what the user was told never disagree.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from registry import help_desk
from registry.models import HandoffRequest
from registry.types import utc_now
from staff import audit
from staff.permissions import requires
from staff.rasa_api import RasaAdminError
from staff.services import services
from staff.telegram import MessengerError
from staff.user_messages import channel_reply, send, user_language
from staff.views.transcript import is_paused

blueprint = Blueprint("takeover", __name__)

# Telegram's limit for one message, counted in UTF-16 code units as Telegram counts it.
MAX_MESSAGE_LENGTH = 4096


def _back(sender_id: str) -> Response:
    return redirect(url_for("transcript.conversation", sender_id=sender_id))


def _tell(sender_id: str, name: str) -> str:
    """Send channel reply ``name`` to the user in their language; the text sent."""
    language = user_language(services().tracker.conversation(sender_id))
    message = channel_reply(name, language)
    send(sender_id, message)
    return message["text"]


def _keep_in_transcript(sender_id: str, text: str) -> None:
    try:
        services().rasa.add_staff_message(sender_id, text, current_user.email)
    except RasaAdminError:
        flash(
            _("The message reached the user but Rasa did not keep it: it is missing from the transcript."),
            "warning",
        )


def _record_take_over(sender_id: str, detail: str = "") -> None:
    with services().registry.session() as session:
        help_desk.take_over(session, sender_id, current_user.id, utc_now())
        audit.record(session, current_user.id, "take_over", sender_id, detail)


def _record_hand_back(sender_id: str, detail: str = "") -> None:
    with services().registry.session() as session:
        help_desk.hand_back(session, sender_id, utc_now())
        audit.record(session, current_user.id, "hand_back", sender_id, detail)


@blueprint.route("/conversations/<sender_id>/take", methods=["POST"])
@requires("take_over")
def take(sender_id: str):
    rasa = services().rasa
    try:
        rasa.pause(sender_id)
    except RasaAdminError:
        flash(
            _("Rasa could not be reached: the assistant still answers this person. Try again in a moment."),
            "danger",
        )
        return _back(sender_id)
    try:
        text = _tell(sender_id, "agent_joined")
    except MessengerError:
        try:
            rasa.resume(sender_id)
        except RasaAdminError:
            # Both failed: the assistant is paused, and the registry must say so for someone to hand it back.
            _record_take_over(sender_id, "the user was not told: Telegram and Rasa failed")
            flash(
                _(
                    "Telegram could not be reached, and the assistant stays paused: hand the conversation back."
                ),
                "danger",
            )
        else:
            flash(
                _(
                    "Telegram could not be reached: the person was not told, so the assistant keeps answering."
                ),
                "danger",
            )
        return _back(sender_id)
    _keep_in_transcript(sender_id, text)
    _record_take_over(sender_id)
    flash(_("You are answering this person now; the assistant is paused."), "success")
    return _back(sender_id)


@blueprint.route("/conversations/<sender_id>/say", methods=["POST"])
@requires("take_over")
def say(sender_id: str):
    text = (request.form.get("text") or "").strip()
    if not text:
        flash(_("Write a message first."), "danger")
        return _back(sender_id)
    if len(text.encode("utf-16-le")) // 2 > MAX_MESSAGE_LENGTH:
        flash(
            _(
                "The message is too long for Telegram (at most %(count)d characters).",
                count=MAX_MESSAGE_LENGTH,
            ),
            "danger",
        )
        return _back(sender_id)
    if not is_paused(sender_id):
        flash(_("Take over the conversation before writing to this person."), "danger")
        return _back(sender_id)
    try:
        send(sender_id, {"text": text, "buttons": []})
    except MessengerError:
        flash(_("Telegram could not be reached: the message was not sent. Try again in a moment."), "danger")
        return _back(sender_id)
    _keep_in_transcript(sender_id, text)
    with services().registry.session() as session:
        audit.record(session, current_user.id, "staff_message", sender_id, f"{len(text)} characters")
    return _back(sender_id)


@blueprint.route("/conversations/<sender_id>/hand-back", methods=["POST"])
@requires("take_over")
def hand_back(sender_id: str):
    rasa = services().rasa
    try:
        rasa.resume(sender_id)
    except RasaAdminError:
        flash(_("Rasa could not be reached: the assistant is still paused. Try again in a moment."), "danger")
        return _back(sender_id)
    try:
        text = _tell(sender_id, "agent_left")
    except MessengerError:
        try:
            rasa.pause(sender_id)
        except RasaAdminError:
            # Both failed: the assistant answers again, and the registry must say so.
            _record_hand_back(sender_id, "the user was not told: Telegram and Rasa failed")
            flash(
                _(
                    "Telegram could not be reached, and the assistant answers again without the person being told."
                ),
                "danger",
            )
        else:
            flash(
                _("Telegram could not be reached: the person was not told, so you still answer them."),
                "danger",
            )
        return _back(sender_id)
    _keep_in_transcript(sender_id, text)
    _record_hand_back(sender_id)
    flash(_("The assistant answers this person again."), "success")
    return _back(sender_id)


@blueprint.route("/handoffs/<int:handoff_id>/voice")
@requires("view_conversations")
def voice(handoff_id: int):
    """The voice note attached to a request for a person, fetched from Telegram."""
    with services().registry.session() as session:
        handoff = session.get(HandoffRequest, handoff_id)
        file_id = handoff.voice_file_id if handoff is not None else None
    if not file_id:
        abort(404)
    try:
        content = services().messenger.voice(file_id)
    except MessengerError:
        return render_template("_transcript_unavailable.html"), 502
    return Response(content, mimetype="audio/ogg", headers={"Cache-Control": "private, max-age=300"})
