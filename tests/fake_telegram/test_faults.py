"""Injected faults: the fake Bot API answers 429 with retry_after, or 5xx, for a method, a count or a while."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter

from tests.fake_telegram import BOT_TOKEN, FakeTelegram

CHAT = 91


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def telegram(clock: Clock) -> Iterator[FakeTelegram]:
    with FakeTelegram(clock=clock) as server:
        server.push(server.text_message(CHAT, "salam"))  # the chat exists for sendMessage
        yield server


@pytest.fixture
async def bot(telegram: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(BOT_TOKEN, base_url=telegram.base_url) as bot:
        yield bot


def send(telegram: FakeTelegram, text: str) -> httpx.Response:
    return httpx.post(f"{telegram.base_url}{BOT_TOKEN}/sendMessage", data={"chat_id": CHAT, "text": text})


def test_429_carries_retry_after_as_telegram_sends_it_for_the_next_calls_only(telegram: FakeTelegram) -> None:
    telegram.fail("sendMessage", 429, count=2, retry_after=7)
    for _ in range(2):
        response = send(telegram, "hello")
        assert response.status_code == 429
        assert response.json() == {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 7",
            "parameters": {"retry_after": 7},
        }
    assert send(telegram, "hello").json()["ok"] is True
    refused = [call for call in telegram.calls("sendMessage") if not call.ok]
    assert len(refused) == 2 and all(call.result is None for call in refused)
    assert len(telegram.replies(CHAT)) == 3 and sum(call.ok for call in telegram.replies(CHAT)) == 1


async def test_python_telegram_bot_reads_them_as_retry_after_and_a_network_error(
    telegram: FakeTelegram, bot: Bot
) -> None:
    telegram.fail("sendMessage", 429, count=1, retry_after=3)
    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(CHAT, "one")
    assert raised.value._retry_after.total_seconds() == 3
    telegram.fail("sendMessage", 502, count=1)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(CHAT, "two")
    assert (await bot.send_message(CHAT, "three")).text == "three"


def test_a_fault_for_a_while_ends_when_its_time_is_up_and_touches_only_its_method(
    telegram: FakeTelegram, clock: Clock
) -> None:
    telegram.fail("sendmessage", 503, seconds=10)  # method names are case-insensitive, as Telegram's
    assert send(telegram, "a").status_code == 503
    assert httpx.get(f"{telegram.base_url}{BOT_TOKEN}/getMe").json()["ok"] is True
    clock.now += 9.9
    assert send(telegram, "b").json() == {"ok": False, "error_code": 503, "description": "Service Unavailable"}
    clock.now += 0.2
    assert send(telegram, "c").json()["ok"] is True


def test_clear_faults_ends_them_all_and_a_fault_needs_a_bound(telegram: FakeTelegram) -> None:
    telegram.fail("sendMessage", 500, seconds=3600)
    telegram.fail("getUpdates", 429, count=5)
    telegram.clear_faults()
    assert send(telegram, "x").json()["ok"] is True
    assert httpx.get(f"{telegram.base_url}{BOT_TOKEN}/getUpdates", params={"timeout": 0}).json()["ok"] is True
    with pytest.raises(ValueError):
        telegram.fail("sendMessage", 500)
