"""The webhook acknowledges an update only once it is handled, so that Telegram delivers again the update of a
bot that died mid-way; the redelivery sends only what the first delivery had not sent."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from aiohttp.test_utils import TestClient, TestServer
from telegram.error import TimedOut

from bot.rasa_client import RasaClient
from bot.shared_state import MemoryState, RedisState, SharedState
from bot.telegram_app import TelegramChannel, build_application
from bot.webhook_server import SECRET_HEADER, webhook_app
from hirfa.settings import Settings
from tests.bot.fake_bot_api import FakeBotAPI, private_text
from tests.bot.test_shared_state import redis_server

SETTINGS = Settings(telegram_bot_token="123:abc")
SECRET = "s3cret"
LEASE = 0.6  # of an update's claim and of a chat's turn, short for the test (15 s in the bot)


@pytest.fixture(scope="module")
def redis_url():
    with redis_server() as url:
        yield url


class Dead(RedisState):
    """The shared state as seen from an instance that was killed: it never shows a sign of life again."""

    async def keep_update(self, update_id: int, lease_seconds: float = LEASE) -> None:
        return None

    async def _keep_alive(self, line: str, ticket: int, stop: asyncio.Event) -> None:
        return None


class HangingBotAPI(FakeBotAPI):
    """Telegram that accepts every message but ``hang_on``, whose call waits until ``release`` (then times out)."""

    def __init__(self, hang_on: str = "") -> None:
        super().__init__()
        self.hang_on = hang_on
        self.release = asyncio.Event()
        self.hanging = asyncio.Event()

    async def do_request(self, url: str, method: str, request_data: Any = None, **kwargs: Any):
        params = request_data.parameters if request_data else {}
        if self.hang_on and url.endswith("/sendMessage") and params.get("text") == self.hang_on:
            self.hanging.set()
            await self.release.wait()
            raise TimedOut("the bot died here (stand-in)")
        return await super().do_request(url, method, request_data, **kwargs)

    def texts(self) -> list[str]:
        return [params["text"] for params in self.sent("sendMessage")]


def instance(api: FakeBotAPI, state: SharedState, answer: Any, gate: asyncio.Event | None = None):
    """One bot instance (application, webhook client) on a shared state; ``answer`` is Rasa's replies."""
    asked: list[str] = []

    async def rasa(request: httpx.Request) -> httpx.Response:
        asked.append(json.loads(request.content)["message"])
        if gate is not None:
            await gate.wait()
        return httpx.Response(200, json=answer)

    client = RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(rasa))
    channel = TelegramChannel(client, "fr", state=state, slow_notice=30, lease_seconds=LEASE)
    application = build_application(SETTINGS, client, channel, request=api, get_updates_request=api)
    webhook = TestClient(TestServer(webhook_app(application, SECRET, channel.receive)))
    return application, webhook, asked


async def deliver(webhook: TestClient, update: dict) -> int:
    response = await webhook.post("/telegram", data=json.dumps(update), headers={SECRET_HEADER: SECRET})
    return response.status


async def test_the_webhook_answers_once_the_answer_was_sent() -> None:
    api, gate = HangingBotAPI(), asyncio.Event()
    application, webhook, asked = instance(api, MemoryState(), [{"text": "Bonjour !"}], gate)
    async with application:
        await application.start()
        await webhook.start_server()
        try:
            delivery = asyncio.create_task(deliver(webhook, private_text("salam", update_id=11)))
            while not asked:
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.2)
            assert not delivery.done(), "not acknowledged while Rasa has not answered"
            gate.set()
            assert await delivery == 200
            assert api.texts() == ["Bonjour !"], "acknowledged after the answer was sent"
            assert await deliver(webhook, private_text("salam", update_id=11)) == 200
            assert asked == ["salam"] and api.texts() == ["Bonjour !"], "a redelivery after that is only acknowledged"
        finally:
            await webhook.close()
            await application.stop()


async def test_a_stopping_bot_asks_telegram_to_deliver_again_later() -> None:
    application, webhook, asked = instance(FakeBotAPI(), MemoryState(), [{"text": "Bonjour !"}])
    async with application:
        await webhook.start_server()
        try:
            assert await deliver(webhook, private_text("salam", update_id=12)) == 503
            assert asked == []
        finally:
            await webhook.close()


async def test_a_redelivery_after_an_instance_died_mid_answer_sends_only_the_rest(redis_url: str) -> None:
    """Instance 1 sends the first message of the answer, then hangs (as if killed: no sign of life, no
    acknowledgement); its claim and its chat's turn lapse; Telegram delivers the update to instance 2, Rasa
    answers the repeat from its first answer, and only the message not yet sent goes out."""
    # Two messages: a text with buttons ends its message (bot/reply_merging.py).
    answer = [{"text": "Première partie", "buttons": [{"title": "Oui", "payload": "/affirm"}]}, {"text": "Seconde partie"}]
    dying = HangingBotAPI(hang_on="Seconde partie")
    first, first_hook, _ = instance(dying, Dead.from_url(redis_url, LEASE, prefix="died:"), answer)
    survivor = HangingBotAPI()
    second, second_hook, asked = instance(survivor, RedisState.from_url(redis_url, LEASE, prefix="died:"), answer)
    async with first, second:
        await first.start()
        await second.start()
        await first_hook.start_server()
        await second_hook.start_server()
        try:
            update = private_text("bghit ntsjel", update_id=13)
            lost = asyncio.create_task(deliver(first_hook, update))
            await asyncio.wait_for(dying.hanging.wait(), 5)
            assert dying.texts() == ["Première partie"] and not lost.done()

            assert await deliver(second_hook, update) == 200, "handled once the dead instance's claim lapsed"
            assert asked == ["bghit ntsjel"], "the redelivery reaches Rasa (which answers a repeat from its first answer)"
            assert survivor.texts() == ["Seconde partie"], "what the first instance sent is not sent again"
        finally:
            dying.release.set()
            await asyncio.gather(lost, return_exceptions=True)
            await first_hook.close()
            await second_hook.close()
            await first.stop()
            await second.stop()
