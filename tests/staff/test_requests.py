"""Registration help requests: the list, one request with its personal data masked, and moving it along
with the artisan told on (a fake) Telegram in the language of their conversation."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from actions.status_form import STATUS_RESPONSES
from hirfa.settings import Settings
from registry import queries
from registry.models import AuditEntry, Region, RegistrationRequest
from registry.seed import load_seed
from staff.services import Services
from staff.telegram import Messenger
from staff.views.requests import mask
from tests.fake_telegram.server import BOT_TOKEN, FakeTelegram
from tests.staff.conftest import csrf_token, sign_in
from tests.staff.conversations import slot, user, write_conversation

SEED_DIR = Path(__file__).resolve().parents[2] / "data" / "seed"
CONSENT = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.timezone.utc)
CHAT = 424242


@pytest.fixture
def seeded(services: Services) -> Services:
    with services.registry.session() as session:
        load_seed(session, SEED_DIR)
    return services


@pytest.fixture
def telegram(services: Services) -> Iterator[FakeTelegram]:
    fake = FakeTelegram(BOT_TOKEN).start()
    services.messenger = Messenger(BOT_TOKEN, fake.base_url)
    # The fake knows a chat once its user wrote to the bot, as Telegram does.
    fake.push(fake.text_message(CHAT, "salam", language_code="fr"))
    yield fake
    fake.stop()


def make_request(services: Services, conversation_id: str = str(CHAT), **values: str) -> str:
    fields = dict(
        full_name="Fatima Zahra Bennani",
        cin="AB123456",
        phone="0612345678",
        trade_code="ZELLIGE",
        trade_text="zlij",
        city_name="Fès",
        category="practice",
    )
    fields.update(values)
    with services.registry.session() as session:
        request = queries.create_request(
            session, conversation_id=conversation_id, consent_at=CONSENT, **fields
        )
        return request.reference


def status_of(services: Services, reference: str, cin: str = "AB123456") -> str:
    with services.registry.session() as session:
        return queries.find_request(session, reference, cin).status


def move(client: FlaskClient, reference: str, status: str, note: str = ""):
    token = csrf_token(client, f"/requests/{reference}")
    return client.post(
        f"/requests/{reference}/status", data={"status": status, "note": note, "csrf_token": token}
    )


def test_the_list_shows_requests_newest_first_filtered_by_region_and_status(
    client: FlaskClient, seeded: Services
) -> None:
    older = make_request(seeded, city_name="Fès")
    newer = make_request(seeded, city_name="Marrakech", full_name="Ahmed Alaoui")
    with seeded.registry.session() as session:
        row = session.scalars(select(RegistrationRequest).where(RegistrationRequest.reference == newer)).one()
        row.created_at = row.created_at + dt.timedelta(minutes=5)
    sign_in(client, "agent")

    page = client.get("/requests").get_data(as_text=True)
    assert page.index(newer) < page.index(older)
    assert "Fès-Meknès" in page and "Marrakech-Safi" in page  # region names in French for this member

    only_fes = client.get("/requests?region=FM").get_data(as_text=True)
    assert older in only_fes and newer not in only_fes

    with seeded.registry.session() as session:
        row = session.scalars(select(RegistrationRequest).where(RegistrationRequest.reference == older)).one()
        queries.set_status(session, row, "contacted", changed_by="agent@example.org")
    contacted = client.get("/requests?status=contacted").get_data(as_text=True)
    assert older in contacted and newer not in contacted
    assert "agent@example.org" in contacted  # the status history, with who moved it
    assert newer in client.get("/requests?status=received").get_data(as_text=True)


def test_region_names_follow_the_interface_language(client: FlaskClient, seeded: Services) -> None:
    make_request(seeded, city_name="Fès")
    sign_in(client, "agent")
    page = client.get("/requests?lang=ar").get_data(as_text=True)
    with seeded.registry.session() as session:
        name_ar = session.get(Region, "FM").name_ar
    assert name_ar in page and "Fès-Meknès" not in page


def test_cin_and_phone_are_masked_until_revealed_and_each_reveal_is_audited(
    client: FlaskClient, seeded: Services
) -> None:
    reference = make_request(seeded)
    sign_in(client, "agent")
    page = client.get(f"/requests/{reference}").get_data(as_text=True)
    assert "AB****56" in page and "06******78" in page
    assert "AB123456" not in page and "0612345678" not in page

    token = csrf_token(client, f"/requests/{reference}")
    revealed = client.post(f"/requests/{reference}/reveal", data={"csrf_token": token})
    assert revealed.status_code == 200
    text = revealed.get_data(as_text=True)
    assert "AB123456" in text and "0612345678" in text
    with seeded.registry.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "reveal_personal_data")).all()
        assert [(e.target, e.staff.email) for e in entries] == [(f"request:{reference}", "agent@example.org")]
    # The reveal lasts for that page only.
    assert "AB123456" not in client.get(f"/requests/{reference}").get_data(as_text=True)


def test_a_reveal_without_its_csrf_token_is_refused(client: FlaskClient, seeded: Services) -> None:
    reference = make_request(seeded)
    sign_in(client, "agent")
    assert client.post(f"/requests/{reference}/reveal").status_code == 400
    with seeded.registry.session() as session:
        assert (
            session.scalars(select(AuditEntry).where(AuditEntry.action == "reveal_personal_data")).all() == []
        )


@pytest.mark.parametrize("role", ["reviewer", "editor"])
def test_only_the_help_desk_sees_and_moves_requests(client: FlaskClient, seeded: Services, role: str) -> None:
    reference = make_request(seeded)
    sign_in(client, role)
    assert client.get("/requests").status_code == 403
    assert client.get(f"/requests/{reference}").status_code == 403
    token = csrf_token(client, "/requests")  # the sign-out form of the refusal page carries one
    response = client.post(f"/requests/{reference}/status", data={"status": "contacted", "csrf_token": token})
    assert response.status_code == 403
    assert client.post(f"/requests/{reference}/reveal", data={"csrf_token": token}).status_code == 403
    assert status_of(seeded, reference) == "received"


def test_an_unknown_reference_is_not_found(client: FlaskClient, seeded: Services) -> None:
    sign_in(client, "agent")
    assert client.get("/requests/H-ZZZZZZ").status_code == 404


def test_moving_along_tells_the_artisan_on_telegram_in_their_language(
    client: FlaskClient, seeded: Services, telegram: FakeTelegram, settings: Settings, tmp_path: Path
) -> None:
    write_conversation(
        tmp_path / "tracker.db",
        str(CHAT),
        [user("salam", "greet"), slot("language", "ary"), user("bonjour", "greet"), slot("language", "fr")],
    )
    reference = make_request(seeded)
    sign_in(client, "agent")
    since = telegram.mark()

    response = move(client, reference, "contacted", "Called, she will bring her papers.")
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "The artisan was told on Telegram." in page

    sent = telegram.wait_for("sendMessage", lambda c: c.chat_id == CHAT, since=since)
    assert "L'équipe d'assistance vous a contacté" in sent.text and reference in sent.text
    assert str(dt.datetime.now(dt.timezone.utc).year) in sent.text  # since_date, written as a date

    # Saved, with who moved it and why, and written to the audit log.
    assert status_of(seeded, reference) == "contacted"
    with seeded.registry.session() as session:
        row = queries.find_request(session, reference, "AB123456")
        last = row.history[-1]
        assert (last.status, last.note, last.changed_by) == (
            "contacted",
            "Called, she will bring her papers.",
            "agent@example.org",
        )
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "change_request_status")).one()
        assert (
            entry.target == f"request:{reference}"
            and "received" in entry.detail
            and "contacted" in entry.detail
        )
        # The status lookup in the chat answers the new step.
        assert STATUS_RESPONSES[row.status] == "utter_status_contacted"


def test_a_conversation_without_a_language_is_told_in_the_default_language(
    client: FlaskClient, seeded: Services, telegram: FakeTelegram, settings: Settings
) -> None:
    assert settings.default_language == "ary"
    reference = make_request(seeded)
    sign_in(client, "agent")
    since = telegram.mark()
    move(client, reference, "papers_checked")
    sent = telegram.wait_for("sendMessage", lambda c: c.chat_id == CHAT, since=since)
    assert re.search(r"[\u0600-\u06FF]", sent.text) and "L'équipe" not in sent.text
    assert reference in sent.text
    assert status_of(seeded, reference) == "papers_checked"


def test_when_telegram_refuses_the_change_is_kept_and_the_page_says_why(
    client: FlaskClient, seeded: Services, telegram: FakeTelegram
) -> None:
    reference = make_request(seeded)
    telegram.block(CHAT)
    sign_in(client, "agent")
    response = move(client, reference, "contacted")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "The artisan was not told on Telegram" in page and "blocked" in page
    assert status_of(seeded, reference) == "contacted"


def test_a_conversation_from_another_channel_is_not_told(client: FlaskClient, seeded: Services) -> None:
    reference = make_request(seeded, conversation_id="web-7f3a")
    sign_in(client, "agent")
    response = move(client, reference, "contacted")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "not told (not a Telegram chat)" in page
    assert status_of(seeded, reference) == "contacted"


def test_a_request_does_not_move_backwards_nor_out_of_closed(client: FlaskClient, seeded: Services) -> None:
    reference = make_request(seeded, conversation_id="web-1")
    sign_in(client, "agent")
    assert move(client, reference, "papers_checked").status_code == 302

    backwards = move(client, reference, "contacted")
    assert backwards.status_code == 409
    assert "cannot be moved" in backwards.get_data(as_text=True)
    assert status_of(seeded, reference) == "papers_checked"

    assert move(client, reference, "bogus").status_code == 409
    assert move(client, reference, "papers_checked").status_code == 409

    no_reason = move(client, reference, "closed")
    assert no_reason.status_code == 400 and "reason" in no_reason.get_data(as_text=True)
    assert status_of(seeded, reference) == "papers_checked"

    assert move(client, reference, "closed", "Already registered elsewhere.").status_code == 302
    assert status_of(seeded, reference) == "closed"
    reopened = move(client, reference, "registered")
    assert reopened.status_code == 409
    assert status_of(seeded, reference) == "closed"
    page = client.get(f"/requests/{reference}").get_data(as_text=True)
    assert "Already registered elsewhere." in page and 'id="move"' not in page


def test_a_move_without_its_csrf_token_is_refused(client: FlaskClient, seeded: Services) -> None:
    reference = make_request(seeded, conversation_id="web-1")
    sign_in(client, "agent")
    assert client.post(f"/requests/{reference}/status", data={"status": "contacted"}).status_code == 400
    assert status_of(seeded, reference) == "received"


def test_a_note_written_by_staff_is_shown_escaped(client: FlaskClient, seeded: Services) -> None:
    reference = make_request(seeded, conversation_id="web-1")
    sign_in(client, "admin")
    move(client, reference, "contacted", "<script>alert(1)</script>")
    page = client.get(f"/requests/{reference}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("AB123456", "AB****56"),
        ("0612345678", "06******78"),
        ("X99", "***"),
        ("+33612345678", "+3********78"),
    ],
)
def test_every_cin_and_phone_is_masked_even_in_a_shape_the_text_patterns_miss(value: str, shown: str) -> None:
    assert mask(value) == shown
