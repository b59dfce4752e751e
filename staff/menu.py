"""The top menu a staff member sees: the pages their role may open, the content pages folded into one
menu when the member sees so many links that they would not fit one row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l

# (endpoint, label, the ability it needs, the group it folds into when the menu is long).
NAV_LINKS = (
    ("inbox.conversations", _l("Conversations"), "view_conversations", None),
    ("requests.index", _l("Registration requests"), "handle_requests", None),
    ("new_request.new", _l("New request"), "file_requests", None),
    ("review.corrections", _l("Corrections"), "review", None),
    ("stats.index", _l("Numbers"), "view_stats", None),
    ("content.index", _l("Answers"), "edit_content", "content"),
    ("unanswered.groups", _l("Unanswered questions"), "edit_content", "content"),
    ("staleness.report", _l("Staleness"), "edit_content", "content"),
    ("catalog.trades", _l("Trades"), "edit_content", "content"),
    ("catalog.offices", _l("Offices"), "edit_content", "content"),
    ("announcements.index", _l("Announcements"), "edit_content", "content"),
    ("admin.staff", _l("Staff accounts"), "manage_staff", None),
)
GROUP_LABELS = {"content": _l("Content")}
# An editor's seven links fit one row of a 1280 px screen in French; an administrator's twelve do not.
MOST_FLAT_LINKS = 8


@dataclass(frozen=True)
class MenuItem:
    """A link (``endpoint`` set) or a folded group of links (``links`` set)."""

    label: str
    endpoint: str | None = None
    links: tuple[MenuItem, ...] = field(default_factory=tuple)


def menu(built: Iterable[str], can: Callable[[str], bool]) -> list[MenuItem]:
    """The member's menu, in NAV_LINKS order: pages not built yet, or not allowed, left out."""
    built = set(built)
    shown = [(e, label, group) for e, label, ability, group in NAV_LINKS if e in built and can(ability)]
    if len(shown) <= MOST_FLAT_LINKS:
        return [MenuItem(str(label), endpoint) for endpoint, label, _ in shown]
    order: list[MenuItem | str] = []  # a link, or the name of a group, where the group's first link was
    folded: dict[str, list[MenuItem]] = {}
    for endpoint, label, group in shown:
        link = MenuItem(str(label), endpoint)
        if group is None:
            order.append(link)
            continue
        if group not in folded:
            folded[group] = []
            order.append(group)
        folded[group].append(link)
    return [MenuItem(str(GROUP_LABELS[i]), links=tuple(folded[i])) if isinstance(i, str) else i for i in order]
