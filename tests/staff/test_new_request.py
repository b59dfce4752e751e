"""A chamber adviser files a request for an artisan who came in person; helpers' requests name the person."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from registry.models import AuditEntry, RegistrationRequest, StaffMember
from registry.types import utc_now
from staff import accounts
from staff.app import create_app
from staff.services import Services
from tests.staff.conftest import PASSWORD, csrf_token, sign_in
from tests.staff.conversations import slot, user, write_conversation
from tests.staff.test_requests import CHAT, make_request, move, seeded, telegram  # noqa: F401 (fixtures)

VALID = {
    "full_name": "Fatima Zahra Bennani",
    "cin": "ab 123456",
    "phone": "+212 6 12 34 56 78",
    "trade": "zellige",
    "city": "Fes",
    "category": "practice",
    "agreed": "y",
}


@pytest.fixture
def adviser(seeded: Services) -> int:  # noqa: F811
    """The id of the adviser's account (tests/staff/conftest.py makes one of each role)."""
    with seeded.registry.session() as session:
        return session.scalars(select(StaffMember.id).where(StaffMember.email == "adviser@example.org")).one()


def file(client: FlaskClient, **values: str):
    token = csrf_token(client, "/requests/new")
    return client.post("/requests/new", data={**VALID, **values, "csrf_token": token})


def count(services: Services) -> int:
    with services.registry.session() as session:
        return session.scalar(select(func.count()).select_from(RegistrationRequest))


@pytest.mark.parametrize(("role", "status"), [("agent", 403), ("reviewer", 403), ("editor", 403), ("admin", 200)])
def test_only_advisers_and_admins_file_requests(client: FlaskClient, adviser: int, role: str, status: int) -> None:
    sign_in(client, role)
    assert client.get("/requests/new").status_code == status


def test_an_admin_can_give_the_adviser_role(client: FlaskClient, adviser: int) -> None:
    sign_in(client, "admin")
    assert 'value="adviser"' in client.get("/admin/staff").get_data(as_text=True)


def test_an_adviser_lands_on_the_new_request_page(client: FlaskClient, adviser: int) -> None:
    sign_in(client, "adviser")
    response = client.get("/")
    assert response.status_code == 302 and response.headers["Location"].endswith("/requests/new")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("full_name", "ok", "Write the first and last name in letters"),
        ("cin", "12345", "A CIN is one or two letters followed by 4 to 6 digits"),
        ("phone", "0512345678", "A mobile number is 10 digits starting with 06 or 07"),
        ("trade", "kan9ad sbabet", "I do not know this craft"),
        ("city", "Atlantis", "I do not know this city"),
        ("category", "", "Choose the artisan"),
        ("agreed", "", "Tick this box only once the artisan has agreed, in person."),
    ],
)
def test_a_wrong_answer_is_explained_and_nothing_is_filed(
    client: FlaskClient, adviser: int, seeded: Services, field: str, value: str, message: str  # noqa: F811
) -> None:
    sign_in(client, "adviser")
    before = count(seeded)
    data = {k: v for k, v in VALID.items() if not (k == field and not value)}
    if value:
        data[field] = value
    token = csrf_token(client, "/requests/new")
    response = client.post("/requests/new", data={**data, "csrf_token": token})
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert count(seeded) == before


def test_the_errors_are_kind_and_right_to_left_in_arabic(seeded: Services, settings, adviser: int) -> None:  # noqa: F811
    client = create_app(settings, seeded, TESTING=True).test_client()
    sign_in(client, "adviser")
    client.get("/requests/new?lang=ar")
    response = file(client, cin="12345", agreed="")
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and 'dir="rtl"' in page
    assert "رقم البطاقة الوطنية حرف أو حرفان" in page and "ضع علامة في هذه الخانة" in page


def test_a_filed_request_gives_its_reference_and_is_marked_in_the_list(
    client: FlaskClient, adviser: int, seeded: Services  # noqa: F811
) -> None:
    sign_in(client, "adviser")
    response = file(client, keep_trade="")
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    reference = re.search(r'id="reference">(H-[0-9A-Z]{6})<', page).group(1)
    with seeded.registry.session() as session:
        row = session.scalars(select(RegistrationRequest).where(RegistrationRequest.reference == reference)).one()
        assert (row.full_name, row.cin, row.phone, row.trade_code, row.city_name, row.category) == (
            "Fatima Zahra Bennani", "AB123456", "0612345678", "ZELLIGE", "Fès", "practice",
        )
        assert (row.helper_relationship, row.filed_by_staff_id) == ("adviser", adviser)
        assert row.person_consent_at is not None and row.conversation_id == f"chamber:{adviser}"
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "file_request")).one()
        assert (entry.staff_id, entry.target) == (adviser, f"request:{reference}")
    listing = client.get("/requests").get_data(as_text=True)
    assert reference in listing and "Filed at the chamber by adviser@example.org" in listing
    # Another adviser does not get the page of someone else's request.
    with seeded.registry.session() as session:
        accounts.add_member(session, "other@example.org", PASSWORD, "adviser", "fr", at=utc_now())
    other = client.application.test_client()
    token = csrf_token(other, "/login")
    other.post("/login", data={"email": "other@example.org", "password": PASSWORD, "csrf_token": token})
    assert other.get(f"/requests/new/{reference}").status_code == 404


def test_an_unknown_craft_is_kept_as_written_when_the_adviser_says_so(
    client: FlaskClient, adviser: int, seeded: Services  # noqa: F811
) -> None:
    sign_in(client, "adviser")
    assert file(client, trade="kan9ad sbabet", keep_trade="y").status_code == 302
    with seeded.registry.session() as session:
        row = session.scalars(select(RegistrationRequest).where(RegistrationRequest.filed_by_staff_id == adviser)).one()
        assert (row.trade_code, row.trade_text) == (None, "kan9ad sbabet")
        assert session.get(StaffMember, adviser).role == "adviser"


def test_a_status_change_of_a_helpers_request_tells_the_helper_whom_it_is_for(
    client: FlaskClient, seeded: Services, telegram, settings, tmp_path  # noqa: F811
) -> None:
    write_conversation(tmp_path / "tracker.db", str(CHAT), [user("bonjour", "greet"), slot("language", "fr")])
    reference = make_request(
        seeded, full_name="Khadija Alaoui", helper_relationship="parent", person_consent_at=utc_now()
    )
    sign_in(client, "agent")
    listing = client.get("/requests").get_data(as_text=True)
    assert "Made with the help of a parent" in listing
    since = telegram.mark()
    assert move(client, reference, "contacted").status_code == 302
    sent = telegram.wait_for("sendMessage", lambda c: c.chat_id == CHAT, since=since)
    assert "Khadija Alaoui" in sent.text and reference in sent.text
    assert sent.text.index("Khadija Alaoui") < sent.text.index(reference)
