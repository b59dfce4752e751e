"""Who may do what in the staff application: abilities by role, checked on every view."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import abort
from flask_login import current_user, login_required

# agent: answers people and moves their requests; reviewer: teaches the assistant;
# editor: keeps the answers, trades and offices; adviser (at a chamber): files requests for artisans who
# come in person and follows them; admin: everything, and the accounts.
ABILITIES: dict[str, frozenset[str]] = {
    "agent": frozenset({"view_conversations", "take_over", "see_personal_data", "handle_requests", "view_stats"}),
    "reviewer": frozenset({"view_conversations", "review", "view_stats"}),
    "editor": frozenset({"edit_content", "view_stats"}),
    "adviser": frozenset({"file_requests", "handle_requests"}),
    "admin": frozenset(
        {
            "view_conversations",
            "take_over",
            "see_personal_data",
            "handle_requests",
            "file_requests",
            "review",
            "edit_content",
            "view_stats",
            "manage_staff",
        }
    ),
}

View = TypeVar("View", bound=Callable[..., Any])


def can(ability: str, role: str | None = None) -> bool:
    """Whether ``role`` (the signed-in member's by default) has ``ability``."""
    if role is None:
        if not current_user.is_authenticated:
            return False
        role = current_user.role
    return ability in ABILITIES.get(role, frozenset())


def requires(ability: str) -> Callable[[View], View]:
    """A view for signed-in members with ``ability``; others get 403."""

    def decorate(view: View) -> View:
        @wraps(view)
        @login_required
        def checked(*args: Any, **kwargs: Any) -> Any:
            if not can(ability):
                abort(403)
            return view(*args, **kwargs)

        return checked  # type: ignore[return-value]

    return decorate
