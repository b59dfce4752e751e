"""The state bot instances share, in memory and in a real Redis server (two objects = two instances)."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from telegram import Update

from bot.flood import FloodGate
from bot.rasa_client import RasaClient
from bot.rate_limits import AnswersFirstRateLimiter
from bot.shared_state import PAYLOAD_SECONDS, SEEN_SECONDS, Begun, MemoryState, RedisState, SqlPayloads
from bot.telegram_app import TelegramChannel, build_application
from hirfa.settings import Settings
from registry.db import Registry
from tests.bot.fake_bot_api import FakeBotAPI, button_press, private_text

START_SECONDS = 10


@contextmanager
def redis_server() -> Iterator[str]:
    """A private redis-server on a free loopback port, nothing saved; yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed: `make scaled-engines` installs Debian's (apt-get, as root)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as connection:
                    connection.sendall(b"PING\r\n")
                    if connection.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read().decode() if process.stdout else ""
                raise RuntimeError(f"redis-server did not start on port {port}:\n{output[-2000:]}")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


_prefixes = iter(range(10**6))


@pytest.fixture
async def instances(redis_url: str) -> AsyncIterator[tuple[RedisState, RedisState]]:
    """Two bot instances' states on one Redis, under a prefix of this test's own."""
    prefix = f"test{next(_prefixes)}:"
    a, b = (RedisState.from_url(redis_url, hold_seconds=0.5, prefix=prefix) for _ in range(2))
    yield a, b
    await a.close()
    await b.close()


async def test_an_update_is_handled_by_one_instance_and_taken_over_when_it_died(
    instances: tuple[RedisState, RedisState],
) -> None:
    a, b = instances
    assert await a.begin_update(1001, lease_seconds=0.6) is Begun.FIRST
    assert await b.begin_update(1001, lease_seconds=0.6) is Begun.BUSY, "a live holder has it"
    await asyncio.sleep(0.4)
    await a.keep_update(1001, lease_seconds=0.6)
    await asyncio.sleep(0.4)
    assert await b.begin_update(1001, lease_seconds=0.6) is Begun.BUSY, "a holder that shows signs of life keeps it"
    await a.end_update(1001, handled=True)
    assert await b.begin_update(1001) is Begun.DONE, "handled: a redelivery is acknowledged, not handled again"

    assert await a.begin_update(1002, lease_seconds=0.3) is Begun.FIRST
    await a.record_sent(1002, "piece:1")
    await asyncio.sleep(0.5)  # a's process died: no sign of life
    assert await b.begin_update(1002) is Begun.FIRST, "the claim of a dead holder lapses"
    assert await b.sent_pieces(1002) == {"piece:1"}, "what the dead holder sent is known"

    assert await a.begin_update(1003) is Begun.FIRST
    await a.end_update(1003, handled=False)
    assert await b.begin_update(1003) is Begun.FIRST, "a claim given back (not handled) lets a redelivery run"


async def test_a_long_payload_survives_a_restart(redis_url: str) -> None:
    before = RedisState.from_url(redis_url, prefix="restart:")
    await before.remember_payload("k:abc", '/choose_language{"language": "ar"}' + " " * 60)
    await before.close()
    after = RedisState.from_url(redis_url, prefix="restart:")
    try:
        assert await after.payload("k:abc") == '/choose_language{"language": "ar"}' + " " * 60
        assert await after.payload("k:unknown") is None
    finally:
        await after.close()


async def test_the_flood_limit_counts_a_users_messages_on_every_instance(
    instances: tuple[RedisState, RedisState],
) -> None:
    a, b = instances
    delays = [await state.flood_delay(77, 3, 60.0) for state in (a, b, a, b, a)]
    assert delays[:3] == [0.0, 0.0, 0.0], "three a minute pass at once, wherever they land"
    assert delays[3] == pytest.approx(20.0, abs=0.5) and delays[4] == pytest.approx(40.0, abs=0.5)
    assert await b.flood_delay(78, 3, 60.0) == 0.0, "another user has a bucket of their own"
    assert await a.notice_once(77, 60.0) is True
    assert await b.notice_once(77, 60.0) is False, "told once, not once per instance"


async def test_the_bots_calls_are_counted_once_for_every_instance(
    instances: tuple[RedisState, RedisState],
) -> None:
    a, b = instances
    delays = [await state.send_delay(10, 1.0) for state in (a, b) * 6]
    assert delays[:10] == [0.0] * 10, "a second's budget passes at once, wherever the calls are made"
    assert delays[10] == pytest.approx(0.1, abs=0.03) and delays[11] == pytest.approx(0.2, abs=0.03)
    assert await a.sends_within(5.0) == 12 and await b.sends_within(5.0) == 12
    await asyncio.sleep(1.4)  # the last place was 1.1 s after the first
    assert await b.sends_within(0.2) == 0, "no place in the last fifth of a second"

    async def send() -> dict:
        return {"message_id": 1}

    limiter = AnswersFirstRateLimiter(a)  # Telegram's own figure (an IntEnum) through Redis
    assert await limiter.process_request(send, (), {}, "sendMessage", {"chat_id": 5}, None) == {"message_id": 1}
    assert await b.sends_within(0.2) == 1


async def test_a_chats_messages_take_turns_across_instances_in_arrival_order(
    instances: tuple[RedisState, RedisState],
) -> None:
    a, b = instances
    tickets = [await state.take_turn(5) for state in (a, b, a, b, a, b)]  # arrival, alternately
    assert tickets == [1, 2, 3, 4, 5, 6]
    order: list[int] = []
    inside = 0

    async def handle(state: RedisState, ticket: int) -> None:
        nonlocal inside
        async with state.chat_turn(5, ticket):
            inside += 1
            assert inside == 1, "one message of a chat at a time"
            order.append(ticket)
            await asyncio.sleep(0.02)
            inside -= 1

    # Started in reverse order: the line, not the start, decides.
    states = [a, b, a, b, a, b]
    await asyncio.gather(*(handle(states[i], tickets[i]) for i in reversed(range(6))))
    assert order == [1, 2, 3, 4, 5, 6]
    async with b.chat_turn(6):  # another chat does not wait for chat 5
        pass


async def test_a_live_holder_keeps_its_turn_and_a_dead_one_is_passed_over(
    instances: tuple[RedisState, RedisState],
) -> None:
    a, b = instances  # hold_seconds=0.5
    order: list[str] = []

    async def slow(state: RedisState, ticket: int, name: str, seconds: float) -> None:
        async with state.chat_turn(9, ticket):
            order.append(name)
            await asyncio.sleep(seconds)

    first, second = await a.take_turn(9), await b.take_turn(9)
    # Held for three times the hold time: its sign of life keeps the other instance waiting.
    await asyncio.gather(slow(a, first, "a", 1.5), asyncio.sleep(0.05))
    started = time.monotonic()
    await slow(b, second, "b", 0)
    assert order == ["a", "b"] and time.monotonic() - started < 0.3

    lost = await a.take_turn(9)  # taken, then the instance died before handling it
    assert lost == 3
    started = time.monotonic()
    await slow(b, await b.take_turn(9), "after the lost one", 0)
    assert 0.4 < time.monotonic() - started < 2.0, "the next message waits the hold time, not forever"


async def test_memory_lines_keep_arrival_order_and_forget_idle_chats() -> None:
    state = MemoryState()
    order: list[int] = []

    async def handle(ticket: int) -> None:
        async with state.chat_turn(1, ticket):
            order.append(ticket)
            await asyncio.sleep(0.01)

    tickets = [await state.take_turn(1) for _ in range(4)]
    await asyncio.gather(*(handle(t) for t in reversed(tickets)))
    assert order == tickets == [1, 2, 3, 4]
    for chat in range(1000):
        async with state.chat_turn(chat):
            pass
    assert state.sizes()["lines"] == 0, "a chat with nothing in flight keeps no line"


async def test_memory_maps_are_bounded_and_expire() -> None:
    now = [0.0]
    state = MemoryState(max_seen=100, max_payloads=50, max_users=20, clock=lambda: now[0])
    for update_id in range(1000):
        assert await state.begin_update(update_id) is Begun.FIRST
        await state.record_sent(update_id, "piece:1")
        await state.end_update(update_id, handled=True)
        await state.remember_payload(f"k:{update_id}", "x" * 100)
        await state.flood_delay(update_id, 12, 60.0)
        await state.notice_once(update_id, 60.0)
    assert state.sizes() == {"seen": 100, "sent": 100, "payloads": 50, "buckets": 20, "notices": 20, "lines": 0}
    assert await state.begin_update(999) is Begun.DONE and await state.payload("k:999") == "x" * 100

    now[0] += 61.0  # a minute later every user's bucket is empty again
    await state.flood_delay(5000, 12, 60.0)
    await state.notice_once(5000, 60.0)
    assert state.sizes()["buckets"] == 1 and state.sizes()["notices"] == 1
    now[0] += max(SEEN_SECONDS, PAYLOAD_SECONDS)
    assert await state.begin_update(999) is Begun.FIRST, "a day later the id is forgotten"
    assert await state.sent_pieces(999) == set()
    assert await state.payload("k:999") is None
    assert state.sizes()["seen"] == 1 and state.sizes()["payloads"] == 0


async def test_two_bot_applications_share_dedupe_payloads_and_flood(redis_url: str) -> None:
    """Two instances of the real dispatcher on one Redis: one answers, the other knows."""
    seen: list[str] = []
    menu = [{"title": "ج", "payload": '/choose_language{"language": "ar"}' + " " * 60}]

    def handler(request: httpx.Request) -> httpx.Response:
        message = json.loads(request.content)["message"]
        seen.append(message)
        return httpx.Response(200, json=[{"text": "menu", "buttons": menu}] if message == "salam" else [])

    settings = Settings(telegram_bot_token="123:abc")
    apis, apps, channels = [], [], []
    for _ in range(2):
        rasa = RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(handler))
        state = RedisState.from_url(redis_url, prefix="apps:")
        channel = TelegramChannel(rasa, "ary", flood=FloodGate(rate=2, period=1.0, state=state), state=state)
        api = FakeBotAPI()
        apis.append(api)
        channels.append(channel)
        apps.append(build_application(settings, rasa, channel, request=api, get_updates_request=api))
    first, second = apps
    async def process(app, update: dict) -> None:  # as the application's update fetcher does
        update = Update.de_json(update, app.bot)
        await app.update_processor.process_update(update, app.process_update(update))

    async with first, second:
        await process(first, private_text("salam", update_id=7))
        await process(second, private_text("salam", update_id=7))
        assert seen == ["salam"], "an update delivered to both instances is handled once"
        assert len(apis[0].sent("sendMessage")) == 1 and apis[1].sent("sendMessage") == []
        key = apis[0].sent("sendMessage")[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        await process(second, button_press(key, update_id=8))
        assert seen[-1] == menu[0]["payload"], "a button made by one instance works on the other"
        await process(first, private_text("encore", update_id=9))
    for channel in channels:
        await channel.close()
    notices = [m for api in apis for m in api.sent("sendMessage") if "vite" in m["text"]]
    assert len(notices) == 1, "the third message in a minute is over the limit of two, across instances"


async def test_long_payloads_in_the_database_outlive_the_process_and_expire(registry_url: str) -> None:
    """The cache in front stays under its cap; the database keeps a payload a month after it was shown."""
    now = [datetime(2026, 12, 1, tzinfo=timezone.utc)]
    ticks = [0.0]
    before = SqlPayloads(Registry.from_url(registry_url), clock=lambda: now[0], monotonic=lambda: ticks[0], max_cached=10)
    for number in range(100):
        await before.remember(f"k:db{number}", f"/choose_language{{\"n\": {number}}}" + " " * 60)
    assert before.cached() == 10, "the cache keeps only the newest"
    before.close()

    after = SqlPayloads(Registry.from_url(registry_url), clock=lambda: now[0], monotonic=lambda: ticks[0])
    assert await after.payload("k:db0") == '/choose_language{"n": 0}' + " " * 60, "read back after a restart"
    assert await after.payload("k:unknown") is None
    now[0] += timedelta(seconds=PAYLOAD_SECONDS + 1)
    assert await after.payload("k:db1") is None, "a month later the button has expired"
    assert after.purge() >= 99 and after.purge() == 0, "and the purge deletes it"
    after.close()


async def test_a_turn_ends_even_when_its_heartbeat_is_inside_a_redis_call(redis_url: str) -> None:
    """redis-py loses a cancellation that lands inside a command (a quarter of them, measured): a heartbeat
    cancelled mid-call then went on for good and the chat's line stayed held (bench.faults, Telegram 5xx)."""
    state = RedisState.from_url(redis_url, hold_seconds=0.0004, prefix=f"test{next(_prefixes)}:")  # beats non-stop
    try:
        for _ in range(200):

            async def turn() -> None:
                async with state.chat_turn(4242):
                    await asyncio.sleep(0.003)

            await asyncio.wait_for(turn(), 5)  # before the fix, one of the first few never ended
        await asyncio.sleep(0.05)  # a heartbeat told to stop ends at its next look
        line = await state._redis.hgetall(state._key("line", 4242))
        assert int(line["serving"]) == 201, "every turn was passed on"
        beating = [task for task in asyncio.all_tasks() if "_keep_alive" in repr(task.get_coro())]
        assert beating == [], "no heartbeat outlives its turn"
    finally:
        await state.close()
