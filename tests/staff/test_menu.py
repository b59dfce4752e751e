"""The top menu: each role's pages, the content pages folded into one menu only when the links are many."""

from __future__ import annotations

from flask import Flask

from staff.menu import NAV_LINKS, menu
from staff.permissions import can
from tests.staff.conftest import sign_in

EVERY_PAGE = [endpoint for endpoint, *_ in NAV_LINKS]
CONTENT_PAGES = [endpoint for endpoint, _, _, group in NAV_LINKS if group == "content"]


def as_role(role: str):
    return lambda ability: can(ability, role)


def test_an_editors_seven_links_stay_flat() -> None:
    items = menu(EVERY_PAGE, as_role("editor"))
    assert [item.endpoint for item in items] == ["stats.index", *CONTENT_PAGES]
    assert all(not item.links for item in items)


def test_an_administrators_content_pages_fold_into_one_menu_where_the_first_of_them_was() -> None:
    items = menu(EVERY_PAGE, as_role("admin"))
    assert [item.endpoint for item in items] == [
        "inbox.conversations",
        "requests.index",
        "new_request.new",
        "review.corrections",
        "stats.index",
        None,
        "admin.staff",
    ]
    assert [link.endpoint for link in items[5].links] == CONTENT_PAGES
    assert items[5].label == "Content"


def test_pages_not_built_or_not_allowed_are_left_out() -> None:
    assert [item.endpoint for item in menu(["inbox.conversations", "new_request.new"], as_role("agent"))] == [
        "inbox.conversations"
    ]
    # With one content page built, the administrator's links are few enough to stay flat.
    built = [e for e in EVERY_PAGE if e not in CONTENT_PAGES[1:]]
    assert all(not item.links for item in menu(built, as_role("admin")))
    assert menu(EVERY_PAGE, lambda ability: False) == []


def test_the_page_shows_the_folded_menu_to_an_administrator_and_marks_where_they_are(app: Flask) -> None:
    client = app.test_client()
    sign_in(client, "admin")
    page = client.get("/trades").get_data(as_text=True)
    assert page.count('data-bs-toggle="dropdown"') == 1
    assert 'class="nav-link dropdown-toggle text-nowrap active"' in page
    assert 'class="dropdown-item active" href="/trades"' in page
    client = app.test_client()
    sign_in(client, "editor")
    page = client.get("/trades").get_data(as_text=True)
    assert 'data-bs-toggle="dropdown"' not in page
    assert 'class="nav-link text-nowrap active" href="/trades"' in page
