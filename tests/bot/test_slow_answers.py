"""A slow answer is announced, then delivered when it comes; the chat's next message waits for it."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from telegram import Update

from bot.rasa_client import RasaClient
from bot.telegram_app import TelegramChannel, build_application
from hirfa.settings import Settings
from replies.catalogs import load_catalogs
from tests.bot.fake_bot_api import FakeBotAPI, private_text

SETTINGS = Settings(telegram_bot_token="123:abc")


class WatchedBotAPI(FakeBotAPI):
    """The fake Bot API, with an event set at each message sent (no polling, no timed sleeps)."""

    def __init__(self) -> None:
        super().__init__()
        self.message_sent = asyncio.Event()

    async def do_request(self, url: str, method: str, request_data=None, **kwargs: Any):
        answer = await super().do_request(url, method, request_data, **kwargs)
        if url.endswith("/sendMessage"):
            self.message_sent.set()
        return answer

    def texts(self) -> list[str]:
        return [m["text"] for m in self.sent("sendMessage")]

    async def next_message(self) -> None:
        await asyncio.wait_for(self.message_sent.wait(), 10)
        self.message_sent.clear()


def on_its_way(language: str) -> str:
    return load_catalogs()[language].gettext("Your answer is on its way, it is taking a little longer. Please wait.")


async def test_a_slow_answer_is_announced_then_delivered_and_the_next_message_waits() -> None:
    release = asyncio.Event()
    asked: list[str] = []

    async def rasa_answer(request: httpx.Request) -> httpx.Response:
        message = json.loads(request.content)["message"]
        asked.append(message)
        if message == "first":
            await release.wait()  # Rasa is slow on this one, until the test says
        return httpx.Response(200, json=[{"text": f"re: {message}"}])

    api = WatchedBotAPI()
    rasa = RasaClient("http://rasa.test", 30, transport=httpx.MockTransport(rasa_answer))
    channel = TelegramChannel(rasa, "ary", slow_notice=0.05)
    app = build_application(SETTINGS, rasa, channel, request=api, get_updates_request=api)
    async with app:
        first = asyncio.create_task(
            app.process_update(Update.de_json(private_text("first", language_code="fr", update_id=1), app.bot))
        )
        await api.next_message()
        assert api.texts() == [on_its_way("fr")], "told it is coming, not that the assistant is down"
        second = asyncio.create_task(
            app.process_update(Update.de_json(private_text("second", language_code="fr", update_id=2), app.bot))
        )
        await asyncio.sleep(0.2)  # time for a wrongly unordered second message to reach Rasa
        assert asked == ["first"], "the chat's next message waits for the slow one"
        release.set()
        await asyncio.gather(first, second)
    assert api.texts() == [on_its_way("fr"), "re: first", "re: second"]
    assert asked == ["first", "second"]


async def test_a_quick_answer_gets_no_notice() -> None:
    api = WatchedBotAPI()
    rasa = RasaClient(
        "http://rasa.test", 30, transport=httpx.MockTransport(lambda r: httpx.Response(200, json=[{"text": "ok"}]))
    )
    channel = TelegramChannel(rasa, "ary", slow_notice=5.0)
    app = build_application(SETTINGS, rasa, channel, request=api, get_updates_request=api)
    async with app:
        await app.process_update(Update.de_json(private_text("salam"), app.bot))
    assert api.texts() == ["ok"]


def test_the_notice_and_the_apology_are_translated() -> None:
    catalogs = load_catalogs()
    for msgid in (
        "Your answer is on its way, it is taking a little longer. Please wait.",
        "Sorry, I could not get the answer to your last message. Please send it again.",
    ):
        translations = {language: catalogs[language].gettext(msgid) for language in ("ar", "ary", "fr")}
        assert all(text and text != msgid for text in translations.values()), translations
        assert len(set(translations.values())) == 3, "Arabic, Darija and French each their own"
