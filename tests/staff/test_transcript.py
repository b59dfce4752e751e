"""The transcript page, personal data masked and revealed, and taking a conversation over.

Telegram is the fake Bot API server of tests/fake_telegram; Rasa's HTTP API is a small stand-in that
checks the token, records the events posted and stores them in the conversation store as Rasa would.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from telegram import Update

from bot.rasa_client import RasaClient
from bot.telegram_app import build_application
from hirfa.settings import Settings
from registry import help_desk
from registry.models import AuditEntry, ConversationSummary, HandoffRequest, StaffMember
from registry.types import utc_now
from replies.catalogs import load_catalogs
from replies.messages import CHANNEL_REPLIES
from replies.render import render
from staff.rasa_api import RasaAdmin
from staff.services import Services
from staff.telegram import Messenger
from tests.bot.fake_bot_api import FakeBotAPI, private_text
from tests.fake_telegram import BOT_TOKEN, FakeTelegram
from tests.staff.conftest import csrf_token, sign_in
from tests.staff.conversations import bot, slot, user, write_conversation

CHAT = 555001
SENDER = str(CHAT)
RASA_TOKEN = "rasa-token"  # the settings fixture's HIRFA_RASA_TOKEN


class RasaStandIn:
    """``POST /conversations/<id>/tracker/events?token=…``: recorded, then stored as Rasa stores it."""

    def __init__(self, tracker_db: Path) -> None:
        self.tracker_db = tracker_db
        self.posted: list[tuple[str, dict[str, Any]]] = []
        self.refused_tokens: list[str] = []
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                url = urlsplit(self.path)
                match = re.fullmatch(r"/conversations/([^/]+)/tracker/events", url.path)
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                token = (parse_qs(url.query).get("token") or [""])[0]
                if match is None:
                    return self._answer(404, {"message": "not found"})
                if token != RASA_TOKEN:
                    stand_in.refused_tokens.append(token)
                    return self._answer(401, {"message": "User is not authenticated."})
                stand_in.store(match.group(1), body)
                return self._answer(200, {})

            def _answer(self, status: int, payload: dict[str, Any]) -> None:
                content = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def store(self, sender_id: str, event: dict[str, Any]) -> None:
        self.posted.append((sender_id, event))
        with sqlite3.connect(self.tracker_db) as connection:
            connection.execute(
                "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, ?, ?, ?)",
                (sender_id, event["event"], event.get("timestamp"), json.dumps(event)),
            )

    def events(self, kind: str | None = None) -> list[dict[str, Any]]:
        return [event for _, event in self.posted if kind is None or event["event"] == kind]


def french_conversation(tracker_db: Path, sender_id: str = SENDER) -> None:
    write_conversation(
        tracker_db,
        sender_id,
        [
            user("Bonjour, je veux m'inscrire", "rna_register_how", 0.87, "fr"),
            slot("language", "fr"),
            slot("language_evidence", {"fr": 3}),
            bot("Voici les étapes.", [{"title": "Documents", "payload": "/rna_documents"}]),
            {"event": "active_loop", "name": "registration_request_form"},
            user(
                "ma CIN est AB123456 et mon numéro 0612345612",
                "inform",
                0.42,
                "fr",
            ),
            slot("request_cin", "AB123456"),
            slot("request_phone", "+212612345612"),
            slot("language", "fr"),
            bot("Merci, j'ai noté le 0612345612."),
            {"event": "active_loop", "name": None},
            {"event": "pause"},
            {"event": "bot", "text": "Bonjour, c'est Amina.", "metadata": {"staff": "agent@example.org"}},
            {"event": "resume"},
        ],
    )
    _with_entities(tracker_db, "ma CIN est AB123456", [{"entity": "cin", "value": "AB123456"}])


def _with_entities(tracker_db: Path, text_start: str, entities: list[dict[str, Any]]) -> None:
    """Give a stored user message the entities the NLU found in it (the helper writes none)."""
    with sqlite3.connect(tracker_db) as connection:
        for event_id, data in connection.execute(
            "SELECT id, data FROM events WHERE type_name = 'user'"
        ).fetchall():
            event = json.loads(data)
            if event["text"].startswith(text_start):
                event["parse_data"]["entities"] = entities
                connection.execute("UPDATE events SET data = ? WHERE id = ?", (json.dumps(event), event_id))


def staff_id(services: Services, role: str) -> int:
    with services.registry.session() as session:
        return session.scalar(select(StaffMember.id).where(StaffMember.email == f"{role}@example.org"))


def open_handoff(services: Services, sender_id: str = SENDER, voice_file_id: str | None = None) -> int:
    with services.registry.session() as session:
        return help_desk.create_handoff(
            session,
            conversation_id=sender_id,
            language="fr",
            reason="asked",
            last_messages=[{"sender": "user", "text": "un humain svp"}],
            voice_file_id=voice_file_id,
            at=utc_now(),
        ).id


def add_summary(services: Services, sender_id: str = SENDER, **values: Any) -> None:
    with services.registry.session() as session:
        session.add(
            ConversationSummary(sender_id=sender_id, started_at=utc_now(), last_at=utc_now(), **values)
        )


def audit_entries(services: Services, action: str) -> list[AuditEntry]:
    with services.registry.session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def handoff(services: Services, handoff_id: int) -> HandoffRequest:
    with services.registry.session() as session:
        return session.get(HandoffRequest, handoff_id)


def page_of(client: FlaskClient, sender_id: str = SENDER) -> str:
    response = client.get(f"/conversations/{sender_id}")
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def flashes(html: str) -> list[str]:
    return [re.sub(r"\s+", " ", text).strip() for text in re.findall(r'role="alert">(.*?)</div>', html, re.S)]


def post(client: FlaskClient, path: str, **data: str):
    token = csrf_token(client, f"/conversations/{SENDER}")
    return client.post(path, data={"csrf_token": token, **data}, follow_redirects=True)


@pytest.fixture
def tracker_db(tmp_path: Path) -> Path:
    return tmp_path / "tracker.db"  # the settings fixture's HIRFA_TRACKER_DB


@pytest.fixture
def rasa(services: Services, tracker_db: Path) -> Iterator[RasaStandIn]:
    stand_in = RasaStandIn(tracker_db)
    stand_in.thread.start()
    services.rasa = RasaAdmin(stand_in.url, RASA_TOKEN, 5)
    yield stand_in
    stand_in.server.shutdown()
    stand_in.server.server_close()


@pytest.fixture
def telegram(services: Services) -> Iterator[FakeTelegram]:
    with FakeTelegram() as fake:
        services.messenger = Messenger(BOT_TOKEN, fake.base_url)
        fake.push(fake.text_message(CHAT, "Bonjour", language_code="fr"))  # Telegram knows the chat
        yield fake


def expected(name: str, language: str) -> str:
    return render(CHANNEL_REPLIES[name], name, language, load_catalogs()[language], {})["text"]


# --- what the page shows -------------------------------------------------------------------


def test_the_transcript_shows_messages_with_what_was_understood_slots_forms_and_pauses(
    client: FlaskClient, tracker_db: Path
) -> None:
    french_conversation(tracker_db)
    sign_in(client, "reviewer")
    html = page_of(client)
    assert "Bonjour, je veux m&#39;inscrire" in html
    assert "rna_register_how" in html and "0,87" in html
    assert re.search(r'class="badge text-bg-light variety">fr<', html)
    assert re.search(r"cin: <span dir=\"auto\">AB\*\*\*\*56</span>", html), "the entity and its value, masked"
    assert 'text-danger fw-bold">0,42' in html, "a low confidence stands out"
    assert "Voici les étapes." in html and ">Documents</span>" in html, "the reply and its buttons"
    assert "From agent@example.org (help desk)" in html and "Bonjour, c&#39;est Amina." in html
    assert "Form registration_request_form started" in html and "Form registration_request_form ended" in html
    assert "The assistant was paused" in html and "The assistant answers again" in html
    assert html.count("<code>language</code>") == 1, "a slot set again to the same value is not repeated"
    assert "language_evidence" not in html
    assert html.count('class="correction mt-1"') == 2, "a reviewer may correct each user message"
    assert "/review/events/" in html


def test_the_correction_button_is_only_for_reviewers(client: FlaskClient, tracker_db: Path) -> None:
    french_conversation(tracker_db)
    sign_in(client, "agent")
    assert "/review/events/" not in page_of(client)


def test_user_texts_are_escaped(client: FlaskClient, tracker_db: Path) -> None:
    write_conversation(tracker_db, SENDER, [user("<script>alert(1)</script>", "nlu_fallback", 0.1)])
    sign_in(client, "agent")
    html = page_of(client)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_handoffs_show_their_status_who_took_them_and_their_voice_note(
    client: FlaskClient, services: Services, tracker_db: Path
) -> None:
    french_conversation(tracker_db)
    first = open_handoff(services, voice_file_id="AwACAgQ-voice")
    with services.registry.session() as session:
        help_desk.take_over(session, SENDER, staff_id(services, "agent"), utc_now())
    second = open_handoff(services)
    sign_in(client, "reviewer")
    html = page_of(client)
    card = html[html.index(f'id="handoff-{first}"') :]
    assert "taken" in card[:600] and "Taken by agent@example.org" in card
    assert f'<audio controls preload="none" class="w-100" src="/handoffs/{first}/voice">' in html
    second_card = html[html.index(f'id="handoff-{second}"') :]
    assert "waiting" in second_card[:600] and "<audio" not in second_card


def test_an_unknown_conversation_is_404_and_a_deleted_one_is_still_shown(
    client: FlaskClient, services: Services
) -> None:
    sign_in(client, "agent")
    assert client.get("/conversations/nobody").status_code == 404
    add_summary(services, "gone", deleted=True)
    html = page_of(client, "gone")
    assert "Deleted by the user" in html and "Nothing of this conversation is kept." in html


def test_roles_without_conversations_are_refused(client: FlaskClient, tracker_db: Path) -> None:
    french_conversation(tracker_db)
    sign_in(client, "editor")
    assert client.get(f"/conversations/{SENDER}").status_code == 403
    assert client.get(f"/conversations/{SENDER}/live?after=0").status_code == 403


def test_new_messages_arrive_through_the_live_partial(client: FlaskClient, tracker_db: Path) -> None:
    french_conversation(tracker_db)
    sign_in(client, "agent")
    html = page_of(client)
    poll = re.search(r'hx-get="(/conversations/555001/live\?after=(\d+))" hx-trigger="every 3s"', html)
    assert poll, "the page polls for new messages"
    nothing_new = client.get(poll.group(1)).get_data(as_text=True)
    assert "list-group-item" not in nothing_new and f"after={poll.group(2)}" in nothing_new
    write_conversation(tracker_db, SENDER, [user("encore moi, 0698765432", "greet", 0.95, "fr")])
    fresh = client.get(poll.group(1)).get_data(as_text=True)
    assert "encore moi, 06******32" in fresh and "0698765432" not in fresh
    assert "Voici les étapes." not in fresh, "only what came after"
    assert f"after={poll.group(2)}" not in fresh, "the next poll starts after the new message"


# --- masking and revealing -------------------------------------------------------------------


def test_cin_and_phone_are_masked_everywhere_by_default(client: FlaskClient, tracker_db: Path) -> None:
    french_conversation(tracker_db)
    sign_in(client, "reviewer")
    html = page_of(client)
    for clear in ("AB123456", "0612345612", "612345612"):
        assert clear not in html
    assert "ma CIN est AB****56 et mon numéro 06******12" in html, "the user's text"
    assert "j&#39;ai noté le 06******12" in html, "the assistant's text"
    assert re.search(r"<code>request_cin</code> = <span dir=\"auto\">AB\*\*\*\*56</span>", html), "a slot"
    assert "+2126******12" in html
    assert "Reveal personal data" not in html, "a reviewer may not see personal data"


def test_an_agent_reveals_the_page_and_the_reveal_is_audited(
    client: FlaskClient, services: Services, tracker_db: Path
) -> None:
    french_conversation(tracker_db)
    sign_in(client, "agent")
    assert "Reveal personal data" in page_of(client)
    response = post(client, f"/conversations/{SENDER}/reveal")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "ma CIN est AB123456 et mon numéro 0612345612" in html
    assert "+212612345612" in html
    assert 'id="transcript-live"' not in html, "polling would bring masked lines back"
    (entry,) = audit_entries(services, "reveal_personal_data")
    assert entry.target == SENDER and entry.staff_id == staff_id(services, "agent")
    assert "AB123456" not in page_of(client), "the next view is masked again"
    switched = client.get(f"/conversations/{SENDER}/reveal?lang=ar")  # the header's language link
    assert switched.status_code == 302 and switched.location.endswith(f"/conversations/{SENDER}?lang=ar")
    assert len(audit_entries(services, "reveal_personal_data")) == 1


def test_a_reveal_by_a_role_without_the_right_is_403_and_not_audited(
    client: FlaskClient, services: Services, tracker_db: Path
) -> None:
    french_conversation(tracker_db)
    sign_in(client, "reviewer")
    response = post(client, f"/conversations/{SENDER}/reveal")
    assert response.status_code == 403
    assert "AB123456" not in response.get_data(as_text=True)
    assert audit_entries(services, "reveal_personal_data") == []


def test_a_reveal_without_its_csrf_token_is_refused(
    client: FlaskClient, services: Services, tracker_db: Path
) -> None:
    french_conversation(tracker_db)
    sign_in(client, "agent")
    response = client.post(f"/conversations/{SENDER}/reveal")
    assert response.status_code == 400
    assert audit_entries(services, "reveal_personal_data") == []


# --- taking over, writing, handing back ----------------------------------------------------------


def test_take_over_pauses_rasa_tells_the_user_and_takes_the_requests(
    client: FlaskClient, services: Services, tracker_db: Path, rasa: RasaStandIn, telegram: FakeTelegram
) -> None:
    french_conversation(tracker_db)
    request_id = open_handoff(services)
    add_summary(services)
    sign_in(client, "agent")
    since = telegram.mark()
    html = post(client, f"/conversations/{SENDER}/take").get_data(as_text=True)

    assert [event["event"] for event in rasa.events()] == ["pause", "bot"]
    assert rasa.refused_tokens == []
    joined = expected("agent_joined", "fr")
    assert joined.startswith("Une personne de l'équipe d'assistance"), "the user's language, not the staff's"
    sent = telegram.wait_for("sendMessage", lambda call: call.chat_id == CHAT, since=since)
    assert sent.ok and sent.text == joined
    assert rasa.events("bot")[0]["text"] == joined
    assert rasa.events("bot")[0]["metadata"] == {"staff": "agent@example.org"}

    row = handoff(services, request_id)
    assert row.status == "taken" and row.taken_by == staff_id(services, "agent")
    with services.registry.session() as session:
        summary = session.get(ConversationSummary, SENDER)
        assert summary.paused and summary.taken_by == staff_id(services, "agent")
    assert [entry.target for entry in audit_entries(services, "take_over")] == [SENDER]
    assert "You are answering this person now" in " ".join(flashes(html))
    assert 'id="say-form"' in html and "Hand back to the assistant" in html
    assert "A person answers: agent@example.org" in html


def test_an_agent_writes_to_the_user_and_hands_back(
    client: FlaskClient, services: Services, tracker_db: Path, rasa: RasaStandIn, telegram: FakeTelegram
) -> None:
    french_conversation(tracker_db)
    request_id = open_handoff(services)
    sign_in(client, "agent")
    post(client, f"/conversations/{SENDER}/take")

    since = telegram.mark()
    html = post(
        client, f"/conversations/{SENDER}/say", text="  Bonjour, je regarde votre dossier.  "
    ).get_data(as_text=True)
    sent = telegram.wait_for("sendMessage", lambda call: call.chat_id == CHAT, since=since)
    assert sent.text == "Bonjour, je regarde votre dossier."
    assert rasa.events("bot")[-1] == {
        **rasa.events("bot")[-1],
        "text": "Bonjour, je regarde votre dossier.",
        "metadata": {"staff": "agent@example.org"},
    }
    assert "Bonjour, je regarde votre dossier." in html, "the transcript shows the person's message"
    assert len(audit_entries(services, "staff_message")) == 1

    since = telegram.mark()
    html = post(client, f"/conversations/{SENDER}/hand-back").get_data(as_text=True)
    assert rasa.events()[-2]["event"] == "resume"
    sent = telegram.wait_for("sendMessage", lambda call: call.chat_id == CHAT, since=since)
    assert sent.text == expected("agent_left", "fr")
    assert [button["text"] for button in sent.buttons], "agent_left offers the main menu"
    assert handoff(services, request_id).status == "closed"
    assert len(audit_entries(services, "hand_back")) == 1
    assert "The assistant answers this person again." in " ".join(flashes(html))
    assert 'id="say-form"' not in html and ">Take over<" in html


@pytest.mark.parametrize(
    ("text", "reason"),
    [("   ", "Write a message first."), ("x" * 4097, "too long for Telegram")],
)
def test_an_empty_or_too_long_message_is_refused(
    client: FlaskClient,
    services: Services,
    tracker_db: Path,
    rasa: RasaStandIn,
    telegram: FakeTelegram,
    text: str,
    reason: str,
) -> None:
    french_conversation(tracker_db)
    sign_in(client, "agent")
    post(client, f"/conversations/{SENDER}/take")
    posted, since = len(rasa.posted), telegram.mark()
    html = post(client, f"/conversations/{SENDER}/say", text=text).get_data(as_text=True)
    assert reason in " ".join(flashes(html))
    assert telegram.calls("sendMessage", since=since) == [] and len(rasa.posted) == posted
    assert audit_entries(services, "staff_message") == []


def test_no_message_reaches_a_user_whose_conversation_was_not_taken(
    client: FlaskClient, services: Services, tracker_db: Path, rasa: RasaStandIn, telegram: FakeTelegram
) -> None:
    french_conversation(tracker_db)  # paused once, then resumed
    sign_in(client, "agent")
    since = telegram.mark()
    html = post(client, f"/conversations/{SENDER}/say", text="Bonjour").get_data(as_text=True)
    assert "Take over the conversation before writing" in " ".join(flashes(html))
    assert telegram.calls("sendMessage", since=since) == [] and rasa.posted == []


def test_rasa_unreachable_changes_nothing(
    client: FlaskClient, services: Services, tracker_db: Path, telegram: FakeTelegram
) -> None:
    french_conversation(tracker_db)
    request_id = open_handoff(services)
    services.rasa = RasaAdmin("http://127.0.0.1:9", RASA_TOKEN, 2)  # nothing listens there
    sign_in(client, "agent")
    since = telegram.mark()
    html = post(client, f"/conversations/{SENDER}/take").get_data(as_text=True)
    assert "Rasa could not be reached" in " ".join(flashes(html))
    assert telegram.calls("sendMessage", since=since) == []
    assert handoff(services, request_id).status == "open"
    assert audit_entries(services, "take_over") == []
    assert ">Take over<" in html


def test_telegram_refusing_undoes_the_pause_and_changes_nothing(
    client: FlaskClient, services: Services, tracker_db: Path, rasa: RasaStandIn, telegram: FakeTelegram
) -> None:
    french_conversation(tracker_db)
    request_id = open_handoff(services)
    telegram.block(CHAT)
    sign_in(client, "agent")
    html = post(client, f"/conversations/{SENDER}/take").get_data(as_text=True)
    assert "Telegram could not be reached" in " ".join(flashes(html))
    assert [event["event"] for event in rasa.events()] == ["pause", "resume"], "the assistant answers again"
    assert handoff(services, request_id).status == "open"
    assert audit_entries(services, "take_over") == []
    assert ">Take over<" in html


def test_a_wrong_rasa_token_is_a_failure_too(
    client: FlaskClient, services: Services, tracker_db: Path, rasa: RasaStandIn, telegram: FakeTelegram
) -> None:
    french_conversation(tracker_db)
    services.rasa = RasaAdmin(rasa.url, "not-the-token", 5)
    sign_in(client, "agent")
    html = post(client, f"/conversations/{SENDER}/take").get_data(as_text=True)
    assert rasa.refused_tokens == ["not-the-token"] and rasa.posted == []
    assert "Rasa could not be reached" in " ".join(flashes(html))


def test_a_reviewer_cannot_take_over(
    client: FlaskClient, services: Services, tracker_db: Path, rasa: RasaStandIn, telegram: FakeTelegram
) -> None:
    french_conversation(tracker_db)
    sign_in(client, "reviewer")
    assert ">Take over<" not in page_of(client)
    for action in ("take", "say", "hand-back"):
        assert post(client, f"/conversations/{SENDER}/{action}", text="x").status_code == 403
    assert rasa.posted == []


# --- voice notes --------------------------------------------------------------------------------


def test_a_voice_note_is_played_from_telegram(
    app: Flask, client: FlaskClient, services: Services, tracker_db: Path, telegram: FakeTelegram
) -> None:
    french_conversation(tracker_db)
    recording = b"OggS\x00\x02" + bytes(range(58))
    update = telegram.voice_message(CHAT, content=recording)
    with_voice = open_handoff(services, voice_file_id=update["message"]["voice"]["file_id"])
    without = open_handoff(services)
    lost = open_handoff(services, voice_file_id="AwACAgQ-no-such-file")
    sign_in(client, "agent")
    response = client.get(f"/handoffs/{with_voice}/voice")
    assert response.status_code == 200 and response.mimetype == "audio/ogg"
    assert response.data == recording
    assert client.get(f"/handoffs/{without}/voice").status_code == 404
    assert client.get("/handoffs/99999/voice").status_code == 404
    failed = client.get(f"/handoffs/{lost}/voice")
    assert failed.status_code == 502 and "Telegram could not give this voice note" in failed.get_data(
        as_text=True
    )
    editor = app.test_client()
    sign_in(editor, "editor")
    assert editor.get(f"/handoffs/{with_voice}/voice").status_code == 403


# --- the bot while a person answers ----------------------------------------------------------------


async def test_the_bot_sends_nothing_when_rasa_answers_a_paused_conversation_with_nothing() -> None:
    rasa = RasaClient(
        "http://rasa.test", 5, transport=httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    )
    api = FakeBotAPI()
    app = build_application(
        Settings(telegram_bot_token="123:abc"), rasa, request=api, get_updates_request=api
    )
    async with app:
        await app.process_update(Update.de_json(private_text("Allô ?"), app.bot))
    assert api.sent("sendMessage") == [], "no apology and no empty message while a person answers"
