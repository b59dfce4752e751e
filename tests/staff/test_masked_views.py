"""CIN and phone numbers typed in a message never appear in clear in the inbox, the review pages or the
unanswered questions by default, whatever the role; the review form reveals them only on an audited request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from registry.help_desk import record_unanswered
from registry.models import AuditEntry
from staff.services import Services
from tests.staff.conftest import csrf_token, sign_in
from tests.staff.conversations import bot, user, write_conversation

TYPED = "salam, CIN dyali BK482913 w numero 0661 23 45 78 ou +212 7 12 34 56 78"
IN_CLEAR = ("BK482913", "482913", "0661 23 45 78", "0661234578", "7 12 34 56 78", "712345678")
MASKED = ("BK****13", "06** ** ** 78", "+212 7 ** ** ** 78")
NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.timezone.utc)


def in_clear(page: str) -> list[str]:
    return [number for number in IN_CLEAR if number in page]


def fresh(client: FlaskClient, role: str) -> FlaskClient:
    other = client.application.test_client()
    sign_in(other, role)
    return other


@pytest.fixture
def event_id(services: Services) -> int:
    """A conversation whose last message carries the numbers; the message's event id."""
    message = user(TYPED, "rna_status")
    write_conversation(Path(services.settings.tracker_db), "numbers", [bot("Salam"), message])
    return next(e.id for e in services.tracker.conversation("numbers") if e.type_name == "user")


@pytest.mark.parametrize("role", ["agent", "reviewer", "admin"])
def test_the_inbox_masks_the_last_message_for_every_role(client: FlaskClient, event_id: int, role: str) -> None:
    page = fresh(client, role).get("/conversations").get_data(as_text=True)
    assert 'data-sender="numbers"' in page
    assert in_clear(page) == [] and all(masked in page for masked in MASKED)
    # Found by its words, still masked.
    found = fresh(client, role).get("/conversations?q=dyali").get_data(as_text=True)
    assert 'data-sender="numbers"' in found and in_clear(found) == []


@pytest.mark.parametrize("role", ["reviewer", "admin"])
def test_the_review_form_and_list_mask_by_default(client: FlaskClient, event_id: int, role: str) -> None:
    member = fresh(client, role)
    page = member.get(f"/review/events/{event_id}").get_data(as_text=True)
    assert in_clear(page) == [] and all(masked in page for masked in MASKED)
    token = csrf_token(member, f"/review/events/{event_id}")
    saved = member.post(f"/review/events/{event_id}", data={"csrf_token": token, "action": "confirm"})
    assert saved.status_code == 200 and in_clear(saved.get_data(as_text=True)) == []
    listed = member.get("/review").get_data(as_text=True)
    assert "BK****13" in listed and in_clear(listed) == []


def test_an_admin_reveals_the_review_form_and_the_reveal_is_audited(
    client: FlaskClient, services: Services, event_id: int
) -> None:
    admin = fresh(client, "admin")
    masked = admin.get(f"/review/events/{event_id}").get_data(as_text=True)
    assert 'id="reveal-form"' in masked
    token = csrf_token(admin, f"/review/events/{event_id}")
    assert admin.post(f"/review/events/{event_id}/reveal").status_code == 400, "no reveal without the CSRF token"
    revealed = admin.post(f"/review/events/{event_id}/reveal", data={"csrf_token": token})
    assert revealed.status_code == 200
    assert "BK482913" in revealed.get_data(as_text=True) and 'id="revealed"' in revealed.get_data(as_text=True)
    with services.registry.session() as session:
        targets = session.scalars(select(AuditEntry.target).where(AuditEntry.action == "reveal_personal_data")).all()
    assert targets == [f"event:{event_id}"]
    # The next page is masked again.
    assert in_clear(admin.get(f"/review/events/{event_id}").get_data(as_text=True)) == []


def test_a_reviewer_may_not_reveal_and_sees_no_reveal_button(client: FlaskClient, event_id: int) -> None:
    reviewer = fresh(client, "reviewer")
    page = reviewer.get(f"/review/events/{event_id}").get_data(as_text=True)
    assert 'id="reveal-form"' not in page
    token = csrf_token(reviewer, f"/review/events/{event_id}")
    response = reviewer.post(f"/review/events/{event_id}/reveal", data={"csrf_token": token})
    assert response.status_code == 403 and in_clear(response.get_data(as_text=True)) == []


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_unanswered_questions_are_masked_for_every_role(client: FlaskClient, services: Services, role: str) -> None:
    with services.registry.session() as session:
        record_unanswered(
            session, conversation_id="numbers", text=TYPED, language="ary", predicted_intent=None, confidence=0.2, at=NOW
        )
    page = fresh(client, role).get("/unanswered").get_data(as_text=True)
    assert "salam, CIN dyali" in page
    assert in_clear(page) == [] and all(masked in page for masked in MASKED)
