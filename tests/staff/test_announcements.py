"""The announcements pages: editors write with the content's checks and preview, target, count, schedule, cancel,
follow the report; no other role reaches them."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from outreach import announcement_drafts, announcement_report, announcement_sending, subscriptions
from registry.models import Announcement, AuditEntry
from registry.seed import load_seed
from registry.types import utc_now
from staff.services import Services
from tests.staff.conftest import csrf_token, sign_in

ROOT = Path(__file__).resolve().parents[2]
FORM = {
    "title": "Forsa 2027",
    "text_ar": "فتح برنامج فرصة أبوابه للصناع التقليديين.",
    "text_ary": "برنامج فرصة تحل للصناع التقليديين.",
    "text_fr": "Le programme Forsa est ouvert aux artisans.",
    "source_ar": "وزارة السياحة والصناعة التقليدية",
    "source_ary": "وزارة الصناعة التقليدية",
    "source_fr": "Ministère du Tourisme et de l'Artisanat — mtaess.gov.ma",
    "reference": "communiqué du ministère",
    "verified_on": "2026-11-30",
}


@pytest.fixture
def seeded(services: Services) -> Services:
    with services.registry.session() as session:
        load_seed(session, ROOT / "data" / "seed")
        now = utc_now()
        for chat, language, region, trade in [
            ("101", "fr", "FM", "ZELLIGE"),
            ("102", "ary", "FM", None),
            ("103", "ar", "CS", "ZELLIGE"),
            ("104", "ary", None, None),
        ]:
            subscriptions.subscribe(session, chat, language, region, trade, now)
    return services


@pytest.fixture
def editor(client: FlaskClient, seeded: Services) -> FlaskClient:
    sign_in(client, "editor")
    return client


def post(client: FlaskClient, path: str, data: dict, token_from: str = "/announcements/new"):
    return client.post(path, data={**data, "csrf_token": csrf_token(client, token_from)})


def create(client: FlaskClient, **changes: object) -> int:
    response = post(client, "/announcements/new", {**FORM, **changes})
    assert response.status_code == 302, response.get_data(as_text=True)
    return int(response.headers["Location"].rsplit("/", 1)[1])


def row(services: Services, number: int) -> Announcement:
    with services.registry.session() as session:
        found = session.get(Announcement, number)
        session.expunge(found)
        return found


@pytest.mark.parametrize("role", ["agent", "reviewer"])
def test_other_roles_are_refused(client: FlaskClient, seeded: Services, role: str) -> None:
    sign_in(client, role)
    assert client.get("/announcements").status_code == 403
    assert client.get("/announcements/new").status_code == 403
    token = csrf_token(client, "/conversations")  # a page both roles have, for a CSRF token
    refused = client.post("/announcements/new", data={**FORM, "csrf_token": token})
    assert refused.status_code == 403
    with seeded.registry.session() as session:
        assert session.scalars(select(Announcement)).all() == []


def test_signed_out_people_are_sent_to_sign_in(client: FlaskClient, seeded: Services) -> None:
    response = client.get("/announcements")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_the_menu_offers_announcements_to_editors(editor: FlaskClient) -> None:
    assert 'href="/announcements"' in editor.get("/content").get_data(as_text=True)


def test_an_editor_saves_a_draft_with_its_targets_and_it_is_audited(editor: FlaskClient, seeded: Services) -> None:
    number = create(editor, regions=["FM"], languages=["fr", "ary"])
    saved = row(seeded, number)
    assert saved.status == "draft" and saved.title == "Forsa 2027" and saved.created_by == "editor@example.org"
    assert announcement_report.decoded(saved) == {"regions": ["FM"], "trades": [], "languages": ["ary", "fr"]}
    with seeded.registry.session() as session:
        assert session.scalars(select(AuditEntry.action)).all() == ["announcement_create"]
    page = editor.get(f"/announcements/{number}").get_data(as_text=True)
    assert "Forsa 2027" in page and 'value="FM" selected' in page


def test_the_content_rules_refuse_a_draft_and_nothing_is_saved(editor: FlaskClient, seeded: Services) -> None:
    response = post(editor, "/announcements/new", {**FORM, "text_fr": "", "source_ar": "", "title": ""})
    assert response.status_code == 400
    page = html.unescape(response.get_data(as_text=True))
    # The very problems the content import names, field by field.
    assert "text.fr: is missing or empty" in page and "source.ar: is missing or empty" in page
    assert "title: is required" in page
    with seeded.registry.session() as session:
        assert session.scalars(select(Announcement)).all() == []


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"text_ar": "x" * 4000}, "text.ar: 4"),  # "… characters …, more than one Telegram message (4096)"
        ({"text_fr": "Ouvert le {day}."}, "the languages use different placeholders"),
        ({"verified_on": "30/11/2026"}, "verified_on: '30/11/2026' is not a date written YYYY-MM-DD"),
        ({"source_fr": "shared/DOMAIN.md §3"}, "source.fr: 'shared/DOMAIN.md §3' names a file"),
    ],
)
def test_the_content_rules_check_as_the_editor_types(editor: FlaskClient, changes: dict, problem: str) -> None:
    page = html.unescape(post(editor, "/announcements/check", {**FORM, **changes}).get_data(as_text=True))
    assert problem in page
    assert "nothing can be saved until" in page


def test_the_check_shows_the_telegram_preview_with_the_stop_button_and_the_count(editor: FlaskClient) -> None:
    response = post(editor, "/announcements/check", {**FORM, "regions": ["FM"]})
    # Without the Unicode isolates that keep values in their direction.
    page = html.unescape(response.get_data(as_text=True)).replace("\u2068", "").replace("\u2069", "")
    assert "No problem: this can be saved." in page
    # The chat's message: the text, the dated, sourced line of content answers, and "Stop news".
    assert "Le programme Forsa est ouvert aux artisans." in page
    # (rendered with the compiled catalogs, as users get it)
    assert "Source : Ministère du Tourisme et de l'Artisanat — mtaess.gov.ma" in page
    assert "Informations vérifiées le 30 novembre 2026" in page
    assert page.count('preview-button" dir="auto">') == 6  # two buttons in each language
    assert 'data-language="fr"' in page
    assert "2 subscribers match these targets now." in page
    left = re.search(r"(\d+) characters left", page)
    assert left and int(left.group(1)) < 4096


@pytest.mark.parametrize(
    ("targets", "count"),
    [
        ({}, 4),
        ({"regions": ["FM"]}, 2),
        ({"regions": ["FM", "CS"], "trades": ["ZELLIGE"]}, 2),
        ({"trades": ["ZELLIGE"], "languages": ["ar"]}, 1),
        ({"languages": ["ary"]}, 2),
    ],
)
def test_the_count_of_matching_subscribers_follows_the_targets(editor: FlaskClient, targets: dict, count: int) -> None:
    page = post(editor, "/announcements/check", {**FORM, **targets}).get_data(as_text=True)
    assert f"{count} subscriber" in page


def test_unknown_targets_are_refused(editor: FlaskClient) -> None:
    response = post(editor, "/announcements/new", {**FORM, "regions": ["ZZ"], "languages": ["en"]})
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 400
    assert "regions: unknown ZZ" in page and "languages: unknown en" in page


def test_scheduling_takes_the_time_in_morocco(editor: FlaskClient, seeded: Services) -> None:
    number = create(editor)
    response = post(
        editor, f"/announcements/{number}/schedule", {"send_at": "2030-06-10T10:00", "when": "later"}, f"/announcements/{number}"
    )
    assert response.status_code == 302
    saved = row(seeded, number)
    assert saved.status == "scheduled"
    # Africa/Casablanca is UTC+1 outside Ramadan.
    assert saved.send_at == dt.datetime(2030, 6, 10, 9, 0, tzinfo=dt.timezone.utc)
    page = editor.get(f"/announcements/{number}").get_data(as_text=True)
    assert "Goes out on" in page and "Cancel" in page
    # A scheduled announcement is read-only until cancelled.
    assert "<fieldset disabled>" in page


def test_a_time_in_the_past_is_refused(editor: FlaskClient, seeded: Services) -> None:
    number = create(editor)
    post(editor, f"/announcements/{number}/schedule", {"send_at": "2020-01-10T10:00"}, f"/announcements/{number}")
    assert row(seeded, number).status == "draft"


def test_send_now_schedules_it_for_the_next_tick_and_cancel_makes_it_a_draft_again(
    editor: FlaskClient, seeded: Services
) -> None:
    number = create(editor)
    before = utc_now()
    post(editor, f"/announcements/{number}/schedule", {"when": "now"}, f"/announcements/{number}")
    saved = row(seeded, number)
    assert saved.status == "scheduled" and before - dt.timedelta(seconds=1) <= saved.send_at <= utc_now()
    post(editor, f"/announcements/{number}/cancel", {}, f"/announcements/{number}")
    saved = row(seeded, number)
    assert saved.status == "draft" and saved.send_at is None
    with seeded.registry.session() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["announcement_create", "announcement_schedule", "announcement_cancel"]


def test_a_draft_is_edited_and_a_scheduled_one_cannot_be(editor: FlaskClient, seeded: Services) -> None:
    number = create(editor)
    response = post(editor, f"/announcements/{number}", {**FORM, "title": "Forsa, 2e édition"}, f"/announcements/{number}")
    assert response.status_code == 302 and row(seeded, number).title == "Forsa, 2e édition"
    post(editor, f"/announcements/{number}/schedule", {"when": "now"}, f"/announcements/{number}")
    refused = post(editor, f"/announcements/{number}", {**FORM, "title": "autre"}, f"/announcements/{number}")
    assert refused.status_code == 400 and row(seeded, number).title == "Forsa, 2e édition"


def test_the_report_shows_the_counts_and_polls_while_sending(editor: FlaskClient, seeded: Services) -> None:
    number = create(editor, regions=["FM"])
    with seeded.registry.session() as session:
        announcement_drafts.schedule(session, number, utc_now(), "editor@example.org", utc_now())
        assert announcement_sending.start(session, number, utc_now()) == 2
        session.get(Announcement, number).sent = 1
    page = editor.get(f"/announcements/{number}/report").get_data(as_text=True)
    assert 'hx-trigger="every 2s"' in page
    assert re.search(r'class="sent">1<', page) and "2 still to send" in page
    page = editor.get(f"/announcements/{number}").get_data(as_text=True)
    assert 'id="report"' in page and "Stop sending" in page and "<fieldset disabled>" in page
    listing = editor.get("/announcements").get_data(as_text=True)
    assert "Forsa 2027" in listing and "4 people get the news." in listing


def test_the_pages_speak_arabic_right_to_left_and_french_from_the_catalogs(settings, seeded: Services) -> None:
    from staff.app import create_app

    client = create_app(settings, seeded, TESTING=True).test_client()
    sign_in(client, "editor")
    arabic = client.get("/announcements/new?lang=ar").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in arabic
    assert "إعلان جديد" in arabic and "من يستلمه" in arabic and "New announcement" not in arabic
    assert "4 مشتركين يطابقون هذا الاستهداف الآن." in arabic  # the count of matching subscribers
    french = client.get("/announcements?lang=fr").get_data(as_text=True)
    assert "Annonces" in french and "4 personnes reçoivent les nouvelles." in french
