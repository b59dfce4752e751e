"""The editors' answers pages: list, edit with checks and preview, review by a second editor, history, rollback."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import re

import pytest
from flask.testing import FlaskClient
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions import content_answers
from registry import content
from registry.content import CHECKED_LINE, MAX_TEXT
from registry.models import AuditEntry, ContentVersion
from registry.types import utc_now
from replies.nlg import CatalogNLG
from staff import accounts
from staff.services import Services
from tests.registry.content_records import record
from tests.staff.conftest import PASSWORD, csrf_token, sign_in

TOPIC = "amo.what"
SECOND = "second.editor@example.org"
TEXT_FR = "L'AMO rembourse {rate} % de vos soins depuis {year}."
FORM = {
    "text_ar": "تعوضك التغطية الصحية {rate} في المائة منذ {year}.",
    "text_ary": "لامو كترجع ليك {rate} فالمية من {year}.",
    "text_fr": TEXT_FR,
    "source_ar": "الصندوق الوطني للضمان الاجتماعي",
    "source_ary": "الضمان الاجتماعي",
    "source_fr": "CNSS — www.cnss.ma",
    "reference": "cnss.ma, page AMO des TNS",
    "verified_on": "2025-06-01",
    "values": '{"rate": 70, "year": 2022}',
}


@pytest.fixture
def second_editor(services: Services) -> str:
    with services.registry.session() as session:
        accounts.add_member(session, SECOND, PASSWORD, "editor", "fr", at=utc_now())
    return SECOND


def sign_in_as(client: FlaskClient, email: str) -> None:
    token = csrf_token(client, "/login")
    response = client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302


def post(client: FlaskClient, path: str, page: str, **form: str):
    return client.post(path, data={"csrf_token": csrf_token(client, page), **form})


def create(client: FlaskClient, **changes: str):
    return post(client, "/content/new", "/content/new", **{"topic": TOPIC, **FORM, **changes})


def versions(services: Services, topic: str = TOPIC) -> list[tuple[int, str, str, str | None]]:
    with services.registry.session() as session:
        return session.execute(
            select(
                ContentVersion.version,
                ContentVersion.status,
                ContentVersion.created_by,
                ContentVersion.reviewed_by,
            )
            .where(ContentVersion.topic == topic)
            .order_by(ContentVersion.version)
        ).all()


def published_fr(services: Services, topic: str = TOPIC) -> str | None:
    with services.registry.session() as session:
        row = content.published(session, topic)
        return row.text_fr if row else None


def audit_actions(services: Services) -> list[tuple[str, str]]:
    with services.registry.session() as session:
        return session.execute(select(AuditEntry.action, AuditEntry.target).order_by(AuditEntry.id)).all()


def in_review(client: FlaskClient, services: Services) -> None:
    """Editor@ creates the topic and submits version 1."""
    assert create(client).status_code == 302
    response = post(client, f"/content/{TOPIC}/versions/1/submit", f"/content/{TOPIC}")
    assert response.status_code == 302
    assert versions(services) == [(1, "in_review", "editor@example.org", None)]


# --- permissions ----------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["agent", "reviewer"])
def test_only_editors_reach_the_answers(client: FlaskClient, services: Services, role: str) -> None:
    sign_in(client, role)
    assert client.get("/content").status_code == 403
    assert client.get("/content/new").status_code == 403
    assert client.post(f"/content/{TOPIC}/versions/1/approve").status_code in (400, 403)
    page = client.get("/login")  # any page, for a CSRF token
    assert page.status_code in (200, 302)


def test_an_agent_cannot_approve_even_with_a_token(client: FlaskClient, services: Services) -> None:
    editor = client.application.test_client()
    sign_in(editor, "editor")
    in_review(editor, services)
    sign_in(client, "agent")
    token = csrf_token(client, "/conversations")
    response = client.post(f"/content/{TOPIC}/versions/1/approve", data={"csrf_token": token})
    assert response.status_code == 403
    assert published_fr(services) is None


def test_the_menu_offers_answers_to_editors_only(client: FlaskClient, services: Services) -> None:
    sign_in(client, "editor")
    assert 'href="/content"' in client.get("/content").get_data(as_text=True)
    agent = client.application.test_client()
    sign_in(agent, "agent")
    assert 'href="/content"' not in agent.get("/conversations").get_data(as_text=True)


# --- creating and checking ---------------------------------------------------------------------


def test_a_new_topic_is_saved_as_a_draft_and_audited(client: FlaskClient, services: Services) -> None:
    sign_in(client, "editor")
    response = create(client)
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/content/{TOPIC}")
    assert versions(services) == [(1, "draft", "editor@example.org", None)]
    assert ("content_create", TOPIC) in audit_actions(services)
    page = client.get(f"/content/{TOPIC}").get_data(as_text=True)
    assert "Submit version 1 for review" in page
    # Arabic and Darija right to left, French left to right.
    assert re.search(r'id="text_ar"[^>]*dir="rtl"', page) and re.search(r'id="text_ary"[^>]*dir="rtl"', page)
    assert re.search(r'id="text_fr"[^>]*dir="ltr"', page)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"topic": "AMO What"}, "must be lower-case words joined by dots"),
        ({"source_fr": ""}, "source.fr: is missing or empty"),
        ({"verified_on": ""}, "verified_on: is required"),
        ({"text_fr": "L'AMO rembourse {rate} % de vos soins."}, "the languages use different placeholders"),
        ({"values": "{rate: 70"}, "values: is not JSON"),
    ],
)
def test_an_invalid_topic_is_refused_with_its_problems(
    client: FlaskClient, services: Services, changes: dict, problem: str
) -> None:
    sign_in(client, "editor")
    response = create(client, **changes)
    assert response.status_code == 400
    assert problem in html.unescape(response.get_data(as_text=True))
    assert versions(services, changes.get("topic", TOPIC)) == []


def test_a_topic_that_exists_cannot_be_created_again(client: FlaskClient, services: Services) -> None:
    sign_in(client, "editor")
    create(client)
    response = create(client, text_fr="Autre texte {rate} {year}.")
    assert response.status_code == 400 and "already exists" in response.get_data(as_text=True)


def test_the_check_counts_the_characters_left_like_the_import(
    client: FlaskClient, services: Services
) -> None:
    sign_in(client, "editor")
    token = csrf_token(client, "/content/new")
    form = {**FORM, "topic": TOPIC, "csrf_token": token}
    page = client.post("/content/new/check", data=form, headers={"HX-Request": "true"}).get_data(as_text=True)
    filled = "L'AMO rembourse 70 % de vos soins depuis 2022."
    left = MAX_TEXT - (len(filled) + CHECKED_LINE + len(FORM["source_fr"]))
    assert f"{left} characters left" in page
    assert "No problem" in page
    long = {**form, "text_fr": TEXT_FR + "x" * MAX_TEXT}
    page = client.post("/content/new/check", data=long, headers={"HX-Request": "true"}).get_data(as_text=True)
    assert f"{left - MAX_TEXT} characters left" in page
    assert "more than one Telegram message" in page
    assert versions(services) == []


def test_the_check_shows_user_text_escaped(client: FlaskClient, services: Services) -> None:
    sign_in(client, "editor")
    token = csrf_token(client, "/content/new")
    form = {**FORM, "topic": TOPIC, "csrf_token": token, "text_fr": "<script>alert(1)</script> {rate} {year}"}
    page = client.post("/content/new/check", data=form).get_data(as_text=True)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


# --- the preview ------------------------------------------------------------------------------


def bubble(page: str, language: str) -> tuple[str, list[str]]:
    """The preview's text and button titles in ``language``, as the page shows them (unescaped)."""
    block = page.split(f'<div class="telegram-preview" lang="{language}">', 1)[1].split(
        '<div class="col-lg-4"', 1
    )[0]
    text = re.search(r'message-text" dir="\w+">(.*?)</div>', block, re.S).group(1)
    buttons = re.findall(r'preview-button" dir="auto">(.*?)</span>', block, re.S)
    return html.unescape(text), [html.unescape(title) for title in buttons]


def assistant_answer(services: Services, language: str, monkeypatch: pytest.MonkeyPatch) -> dict:
    """What the running assistant sends for intent amo_info: the action's message rendered by the NLG."""
    monkeypatch.setattr(content_answers, "registry", lambda: services.registry)
    tracker = Tracker(
        "u1",
        {"language": language},
        {"intent": {"name": "amo_info"}, "entities": []},
        [],
        False,
        None,
        {},
        None,
    )
    dispatcher = CollectingDispatcher()
    asyncio.run(content_answers.ActionAnswerTopic().run(dispatcher, tracker, {}))
    [message] = dispatcher.messages
    standard = {"text", "buttons", "elements", "custom", "template", "response", "image", "attachment"}
    values = {key: value for key, value in message.items() if key not in standard}
    return CatalogNLG().render(message["response"], language, {**tracker.slots, **values})


def test_the_preview_is_what_the_assistant_sends(
    client: FlaskClient, services: Services, second_editor: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(client, "editor")
    in_review(client, services)
    other = client.application.test_client()
    sign_in_as(other, second_editor)
    assert post(other, f"/content/{TOPIC}/versions/1/approve", f"/content/{TOPIC}").status_code == 302
    page = client.get(f"/content/{TOPIC}").get_data(as_text=True)
    for language in ("ar", "ary", "fr"):
        sent = assistant_answer(services, language, monkeypatch)
        text, buttons = bubble(page, language)
        assert text == sent["text"]
        # Buttons two a row, read from the right in Arabic, as bot.keyboards lays them out.
        titles = [b["title"] for b in sent["buttons"]]
        rows = [titles[i : i + 2] for i in range(0, len(titles), 2)]
        assert buttons == [t for row in rows for t in (row[::-1] if language != "fr" else row)]
        assert len(titles) == 3 + 4  # the three related topics, then what to do next
    assert "70" in bubble(page, "fr")[0] and "CNSS — www.cnss.ma" in bubble(page, "fr")[0]
    assert "\u2068" in bubble(page, "ar")[0]  # Latin runs isolated in right-to-left text


# --- the review -------------------------------------------------------------------------------


def test_the_author_cannot_approve_their_own_version(client: FlaskClient, services: Services) -> None:
    sign_in(client, "editor")
    in_review(client, services)
    page = client.get(f"/content/{TOPIC}").get_data(as_text=True)
    assert "Approve and publish" not in page and "Waiting for another editor" in page
    response = post(client, f"/content/{TOPIC}/versions/1/approve", f"/content/{TOPIC}")
    assert response.status_code == 302
    assert "another editor must approve it" in html.unescape(
        client.get(f"/content/{TOPIC}").get_data(as_text=True)
    )
    assert published_fr(services) is None


def test_another_editor_publishes_and_the_assistant_answers_it(
    client: FlaskClient, services: Services, second_editor: str
) -> None:
    sign_in(client, "editor")
    in_review(client, services)
    other = client.application.test_client()
    sign_in_as(other, second_editor)
    assert "Approve and publish version 1" in other.get(f"/content/{TOPIC}").get_data(as_text=True)
    post(other, f"/content/{TOPIC}/versions/1/approve", f"/content/{TOPIC}")
    assert versions(services) == [(1, "published", "editor@example.org", SECOND)]
    assert published_fr(services) == TEXT_FR
    assert ("content_publish", TOPIC) in audit_actions(services)


def test_sending_back_needs_a_note(client: FlaskClient, services: Services, second_editor: str) -> None:
    sign_in(client, "editor")
    in_review(client, services)
    other = client.application.test_client()
    sign_in_as(other, second_editor)
    post(other, f"/content/{TOPIC}/versions/1/send-back", f"/content/{TOPIC}", note="  ")
    assert versions(services)[0][1] == "in_review"
    post(other, f"/content/{TOPIC}/versions/1/send-back", f"/content/{TOPIC}", note="Taux <b>à vérifier</b>")
    assert versions(services) == [(1, "draft", "editor@example.org", SECOND)]
    page = client.get(f"/content/{TOPIC}").get_data(as_text=True)
    assert "Taux &lt;b&gt;à vérifier&lt;/b&gt;" in page
    assert ("content_send_back", TOPIC) in audit_actions(services)


# --- history, diff, rollback -------------------------------------------------------------------


def publish(client: FlaskClient, other: FlaskClient, version: int) -> None:
    post(client, f"/content/{TOPIC}/versions/{version}/submit", f"/content/{TOPIC}")
    post(other, f"/content/{TOPIC}/versions/{version}/approve", f"/content/{TOPIC}")


def test_history_diff_and_rollback(client: FlaskClient, services: Services, second_editor: str) -> None:
    sign_in(client, "editor")
    other = client.application.test_client()
    sign_in_as(other, second_editor)
    create(client)
    publish(client, other, 1)
    changed = "L'AMO rembourse {rate} % de <i>tous</i> vos soins depuis {year}."
    response = post(client, f"/content/{TOPIC}", f"/content/{TOPIC}", **{**FORM, "text_fr": changed})
    assert response.status_code == 302
    publish(client, other, 2)
    assert published_fr(services) == changed

    page = client.get(f"/content/{TOPIC}/history").get_data(as_text=True)
    assert '<ins class="bg-success-subtle">&lt;i&gt;tous&lt;/i&gt; </ins>' in page
    assert "<i>tous" not in page
    assert "Restore this version" in page

    response = post(client, f"/content/{TOPIC}/versions/1/rollback", f"/content/{TOPIC}/history")
    assert response.status_code == 302
    assert versions(services)[-1][:3] == (3, "published", "editor@example.org")
    assert published_fr(services) == TEXT_FR
    assert ("content_rollback", TOPIC) in audit_actions(services)


def test_a_draft_that_changes_nothing_is_refused(client: FlaskClient, services: Services) -> None:
    sign_in(client, "editor")
    create(client)
    response = post(client, f"/content/{TOPIC}", f"/content/{TOPIC}", **FORM)
    assert response.status_code == 400 and "nothing changed" in response.get_data(as_text=True)
    assert len(versions(services)) == 1


# --- the list ----------------------------------------------------------------------------------


def test_the_list_highlights_stale_topics_and_filters(client: FlaskClient, services: Services) -> None:
    old = (utc_now() - dt.timedelta(days=500)).date().isoformat()
    fresh = (utc_now() - dt.timedelta(days=10)).date().isoformat()
    with services.registry.session() as session:
        content.load_content(session, [record("amo.cost.no_tax", verified_on=old)], created_by="seed")
        content.load_content(session, [record("pension", verified_on=fresh)], created_by="seed")
    sign_in(client, "editor")
    page = client.get("/content").get_data(as_text=True)
    stale_row = re.search(r'<tr class="([^"]*)" data-topic="amo.cost.no_tax">', page).group(1)
    fresh_row = re.search(r'<tr class="([^"]*)" data-topic="pension">', page).group(1)
    assert "stale" in stale_row and "stale" not in fresh_row
    stale_only = client.get("/content?stale=1").get_data(as_text=True)
    assert 'data-topic="amo.cost.no_tax"' in stale_only and 'data-topic="pension"' not in stale_only
    drafts = client.get("/content?status=draft").get_data(as_text=True)
    assert 'data-topic="amo.cost.no_tax"' not in drafts
    found = client.get("/content?q=macnss").get_data(as_text=True)
    assert 'data-topic="amo.cost.no_tax"' in found
    assert 'data-topic="nothing"' not in client.get("/content?q=zzzz").get_data(as_text=True)
    assert "No topic matches." in client.get("/content?q=zzzz").get_data(as_text=True)
