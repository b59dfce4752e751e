"""An office's map pin: a Telegram venue after the answer's text, a line in the console."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from telegram import Update

from bot.console import render
from bot.rasa_client import RasaClient
from bot.telegram_app import build_application
from hirfa.settings import Settings
from tests.fake_telegram import BOT_TOKEN, Call, FakeTelegram

CHAT = 5151
TITLE = "غرفة الصناعة التقليدية لجهة طنجة تطوان الحسيمة"
VENUE = {"latitude": 35.7767, "longitude": -5.8039, "title": TITLE, "address": "شارع محمد الخامس، طنجة"}
ANSWER = "لطنجة، سير لغرفة الصناعة التقليدية"


def office_answer(venue: dict[str, Any] | None = VENUE) -> list[dict[str, Any]]:
    """Rasa's REST output for an office answer: the text, then its companion with language and pin."""
    custom: dict[str, Any] = {"language": "ary", "rtl": True, "response": "utter_office_known_contact"}
    if venue is not None:
        custom["venue"] = venue
    return [
        {"recipient_id": str(CHAT), "text": ANSWER, "buttons": [{"title": "المينو", "payload": "/ask_help"}]},
        {"recipient_id": str(CHAT), "custom": custom},
    ]


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    with FakeTelegram() as server:
        yield server


async def ask(telegram: FakeTelegram, replies: list[dict[str, Any]]) -> list[Call]:
    """Send one user message through the bot, Rasa answering ``replies``; what the bot sent to the chat."""

    def rasa(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content)["message"] == "fin kayna l'ghorfa f tanger"
        return httpx.Response(200, json=replies)

    settings = Settings(telegram_bot_token=BOT_TOKEN, telegram_api_base_url=telegram.base_url)
    rasa_client = RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(rasa))
    app = build_application(settings, rasa_client)
    update = {**telegram.text_message(CHAT, "fin kayna l'ghorfa f tanger", "ar"), "update_id": 1}
    since = telegram.mark()
    async with app:
        await app.process_update(Update.de_json(update, app.bot))
    return telegram.replies(CHAT, since)


async def test_the_pin_follows_the_answer_as_a_venue(telegram: FakeTelegram) -> None:
    text, venue = await ask(telegram, office_answer())
    assert (text.method, text.text, venue.method) == ("sendMessage", ANSWER, "sendVenue")
    assert text.ok and venue.ok and venue.seq > text.seq
    assert (venue.chat_id, venue.params["latitude"], venue.params["longitude"]) == (CHAT, 35.7767, -5.8039)
    assert (venue.params["title"], venue.params["address"]) == (TITLE, VENUE["address"])
    assert venue.result["venue"]["title"] == TITLE and venue.result["location"]["latitude"] == 35.7767


async def test_a_pin_in_the_same_message_as_the_text_still_comes_after_it(telegram: FakeTelegram) -> None:
    text, companion = office_answer()
    calls = await ask(telegram, [{**text, "custom": companion["custom"]}])
    assert [(c.method, c.ok) for c in calls] == [("sendMessage", True), ("sendVenue", True)]


@pytest.mark.parametrize(
    "venue", [None, {}, {k: v for k, v in VENUE.items() if k != "address"}, "35.77,-5.80"]
)
async def test_no_pin_no_venue(telegram: FakeTelegram, venue: Any) -> None:
    calls = await ask(telegram, office_answer(venue))
    assert [(c.method, c.text) for c in calls] == [("sendMessage", ANSWER)], "and no apology for a fault"


def test_the_console_prints_the_pin_as_a_line() -> None:
    text, buttons = render(office_answer())
    assert text.splitlines() == [
        ANSWER,
        "  [1] المينو",
        f"📍 {TITLE} — {VENUE['address']} (35.7767, -5.8039)",
    ]
    assert [b["payload"] for b in buttons] == ["/ask_help"]


def test_the_console_prints_no_pin_without_one() -> None:
    assert "📍" not in render(office_answer(None))[0]
