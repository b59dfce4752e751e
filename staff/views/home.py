"""The start page for each role, and the header's count of people waiting for a person."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user, login_required

from registry import help_desk
from registry.types import utc_now
from staff.permissions import can, requires
from staff.services import services

blueprint = Blueprint("home_pages", __name__)


@login_required
def start():
    """Where a member lands after signing in: the inbox for the help desk, else the numbers."""
    if can("view_conversations"):
        return redirect(url_for("inbox.conversations"))
    if can("manage_staff"):
        return redirect(url_for("admin.staff"))
    if can("file_requests"):
        return redirect(url_for("new_request.new"))
    return render_template("start.html", member=current_user)


@blueprint.route("/waiting")
@requires("view_conversations")
def waiting():
    """The header's badge: how many people wait for a person, and the longest wait (htmx refreshes it)."""
    return render_template("_waiting.html", **waiting_now())


def waiting_now() -> dict[str, object]:
    with services().registry.session() as session:
        requests = help_desk.waiting(session)
    longest = (utc_now() - requests[0].created_at) if requests else None
    return {"waiting_count": len(requests), "longest_wait": longest}
