"""Rasa's REST channel handles each Telegram update once: a repeat gets the first answer, no second turn."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from rasa.core.channels.channel import UserMessage
from sanic import Sanic
from sqlalchemy import func, select

from rasa_plugins.handled_updates import (
    ANSWER_SECONDS,
    SEEN_SECONDS,
    HandledUpdates,
    RedisHandledUpdates,
    SqlHandledUpdates,
    delivery_key,
    handle_once,
    registry_for,
)
from rasa_plugins.token_channel import TokenRestInput
from registry.models import HandledUpdate
from tests.bot.test_shared_state import redis_server

_names = itertools.count()


class Clock:
    """The time the store sees, moved by the test."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


@pytest.fixture(params=["sql", "redis"])
async def store(request: pytest.FixtureRequest, registry_url: str) -> AsyncIterator[HandledUpdates]:
    if request.param == "sql":
        updates: HandledUpdates = SqlHandledUpdates(registry_for(registry_url))
    else:
        updates = RedisHandledUpdates.from_url(
            request.getfixturevalue("redis_url"), prefix=f"test{next(_names)}:"
        )
    yield updates
    await updates.close()


class Conversation:
    """Stands in for Rasa: each turn it runs is kept, as the tracker would keep the user's message."""

    def __init__(self) -> None:
        self.turns: list[str] = []
        self.gate: asyncio.Event | None = None
        self.fail = False
        self.client_leaves = False  # Sanic cancels the turn: its client went away

    async def on_new_message(self, message: UserMessage) -> None:
        if self.gate is not None:
            await self.gate.wait()
        if self.fail:
            raise RuntimeError("Rasa failed before storing the turn")
        if self.client_leaves:
            raise asyncio.CancelledError
        self.turns.append(message.text)
        await message.output_channel.send_text_message(message.sender_id, f"turn {len(self.turns)}: {message.text}")


class Routed(HandledUpdates):
    """The store of the test under way: Sanic rewrites its handlers once per process, so one app serves all."""

    current: HandledUpdates

    async def claim(self, key: str) -> bool:
        return await self.current.claim(key)

    async def state(self, key: str):
        return await self.current.state(key)

    async def finish(self, key: str, replies: list[dict]) -> None:
        await self.current.finish(key, replies)

    async def release(self, key: str) -> None:
        await self.current.release(key)


_routed = Routed()
_conversation: list[Conversation] = []
_app: list[Sanic] = []


async def app_with(store: HandledUpdates, conversation: Conversation) -> Sanic:
    """The channel's routes in a Sanic app, as Rasa mounts them, with ``store`` and ``conversation``."""
    _routed.current = store
    _conversation[:] = [conversation]
    if not _app:
        channel = TokenRestInput(updates=lambda: _routed)

        async def on_new_message(message: UserMessage) -> None:
            await _conversation[0].on_new_message(message)

        app = Sanic("handled_updates_test")
        app.blueprint(channel.blueprint(on_new_message), url_prefix="/webhooks/rest")
        await app._startup()  # what serving the app does first: routes and middleware put in place
        _app.append(app)
    return _app[0]


async def post(app: Sanic, sender: str, text: str, status: int = 200, **metadata: object) -> list[dict]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://rasa.test") as client:
        response = await client.post(
            "/webhooks/rest/webhook", json={"sender": sender, "message": text, "metadata": metadata}
        )
    assert response.status_code == status, response.text
    return response.json()


async def test_the_same_update_twice_runs_one_turn_and_gets_the_first_answer_again(store: HandledUpdates) -> None:
    conversation = Conversation()
    app = await app_with(store, conversation)
    update = {"telegram_update_id": next(_names), "telegram_bot_id": 4242}
    first = await post(app, "77", "Bonjour", **update)
    again = await post(app, "77", "Bonjour", **update)
    assert conversation.turns == ["Bonjour"], "one turn in the conversation"
    assert again == first == [{"recipient_id": "77", "text": "turn 1: Bonjour"}]
    assert await post(app, "77", "merci", **{**update, "telegram_update_id": update["telegram_update_id"] + 1})
    assert conversation.turns == ["Bonjour", "merci"], "the next update is a new message"


async def test_a_message_without_an_update_id_is_never_taken_for_a_repeat(store: HandledUpdates) -> None:
    conversation = Conversation()
    app = await app_with(store, conversation)
    for _ in range(2):
        await post(app, "cli-1", "Bonjour")  # hirfa chat, hirfa ask, the staff app's try page
    assert conversation.turns == ["Bonjour", "Bonjour"]


async def test_the_same_update_number_of_another_sender_or_bot_is_another_message(store: HandledUpdates) -> None:
    conversation = Conversation()
    app = await app_with(store, conversation)
    number = next(_names)
    await post(app, "77", "a", telegram_update_id=number, telegram_bot_id=1)
    await post(app, "78", "b", telegram_update_id=number, telegram_bot_id=1)
    await post(app, "77", "c", telegram_update_id=number, telegram_bot_id=2)
    assert conversation.turns == ["a", "b", "c"]


async def test_a_repeat_during_the_first_delivery_waits_for_its_answer(store: HandledUpdates) -> None:
    conversation = Conversation()
    conversation.gate = asyncio.Event()
    app = await app_with(store, conversation)
    update = {"telegram_update_id": next(_names)}
    first = asyncio.create_task(post(app, "77", "Bonjour", **update))
    again = asyncio.create_task(post(app, "77", "Bonjour", **update))
    key = delivery_key("77", update)
    while await store.state(key) is None:  # the first has claimed the update
        await asyncio.sleep(0.01)
    conversation.gate.set()
    assert await first == await again == [{"recipient_id": "77", "text": "turn 1: Bonjour"}]
    assert conversation.turns == ["Bonjour"]


async def test_a_first_delivery_that_failed_gives_its_claim_back(store: HandledUpdates) -> None:
    conversation = Conversation()
    conversation.fail = True
    app = await app_with(store, conversation)
    update = {"telegram_update_id": next(_names)}
    failed = await post(app, "77", "Bonjour", status=503, **update)
    assert "error" in failed, "a failed turn is answered 503 (the bot tells the user), not 200 with no message"
    conversation.fail = False
    assert await post(app, "77", "Bonjour", **update) == [{"recipient_id": "77", "text": "turn 1: Bonjour"}]
    assert conversation.turns == ["Bonjour"], "the turn that never happened runs once, on the repeat"


async def test_a_repeat_that_waited_too_long_answers_nothing_and_runs_nothing(store: HandledUpdates) -> None:
    key = delivery_key("77", {"telegram_update_id": next(_names)})
    assert await store.claim(key)  # a first delivery that is still going on (or whose server died)
    runs: list[int] = []

    async def run() -> list[dict]:
        runs.append(1)
        return []

    assert await handle_once(store, key, run, wait_seconds=0.0) == ([], True)
    assert runs == []


async def test_answers_are_kept_minutes_and_ids_a_day_then_purged(registry_url: str) -> None:
    clock = Clock()
    registry = registry_for(registry_url)
    store = SqlHandledUpdates(registry, clock=clock)
    key = delivery_key("purge", {"telegram_update_id": next(_names)})

    async def run() -> list[dict]:
        return [{"text": "votre référence est AB-12"}]

    await handle_once(store, key, run)
    await store.flush()
    clock.now += timedelta(seconds=ANSWER_SECONDS + 1)
    store.purge()
    assert await store.state(key) == [], "the answer, which may quote the user, is gone after minutes"
    assert await store.claim(key) is False, "the id is still known: a repeat still runs nothing"
    clock.now += timedelta(seconds=SEEN_SECONDS)
    assert store.purge() >= 1
    with registry.session() as session:
        left = session.execute(
            select(func.count()).select_from(HandledUpdate).where(HandledUpdate.expires_at <= clock.now)
        ).scalar_one()
    assert left == 0 and await store.state(key) is None, "nothing older than a day is kept"
    await store.close()


def test_the_key_names_no_one() -> None:
    key = delivery_key("212612345678", {"telegram_update_id": 5, "telegram_bot_id": 1})
    assert key is not None and "212612345678" not in key and len(key) == 64
    assert delivery_key("77", {"telegram_update_id": "5"}) is None
    assert delivery_key("77", {"telegram_update_id": True}) is None
    assert delivery_key("77", None) is None


async def test_a_restarted_rasa_server_still_knows_what_it_answered(registry_url: str) -> None:
    key = delivery_key("77", {"telegram_update_id": next(_names)})
    runs: list[int] = []

    async def run() -> list[dict]:
        runs.append(1)
        return [{"text": "Bonjour !"}]

    before = SqlHandledUpdates(registry_for(registry_url))
    await handle_once(before, key, run)
    await before.close()  # the server stops; what it answered is written
    after = SqlHandledUpdates(registry_for(registry_url))
    assert await handle_once(after, key, run) == ([{"text": "Bonjour !"}], True)
    assert runs == [1]
    await after.close()


async def test_a_claim_ends_with_its_process_so_a_repeat_after_a_crash_runs(registry_url: str) -> None:
    """Rasa stores a turn only at its end, and Sanic cancels a turn whose connection is gone."""
    key = delivery_key("77", {"telegram_update_id": next(_names)})
    crashed = SqlHandledUpdates(registry_for(registry_url))
    assert await crashed.claim(key)  # then the process died: nothing was written
    restarted = SqlHandledUpdates(registry_for(registry_url))
    assert await restarted.claim(key), "the repeat runs: the first delivery never stored a turn"
    await restarted.release(key)
    await restarted.close()
    await crashed.close()


async def test_the_answers_held_in_memory_stay_under_a_cap(registry_url: str) -> None:
    store = SqlHandledUpdates(registry_for(registry_url), max_remembered=5)

    async def run() -> list[dict]:
        return [{"text": "ok"}]

    for number in range(40):
        await handle_once(store, delivery_key("cap", {"telegram_update_id": number}), run)
        await store.flush()
    assert store.remembered() <= 6, "the newest few, plus at most the one not yet written"
    assert await store.state(delivery_key("cap", {"telegram_update_id": 0})) == [{"text": "ok"}], "from the database"
    await store.close()


async def test_a_redis_claim_lives_while_its_turn_runs_and_lapses_when_its_server_died(redis_url: str) -> None:
    store = RedisHandledUpdates.from_url(redis_url, prefix=f"lease{next(_names)}:", lease_seconds=0.5)
    slow_key = delivery_key("77", {"telegram_update_id": next(_names)})
    runs: list[str] = []

    async def slow() -> list[dict]:
        runs.append("slow")
        await asyncio.sleep(1.5)  # three leases long: the holder's signs of life keep the claim
        return [{"text": "late"}]

    first = asyncio.create_task(handle_once(store, slow_key, slow))
    await asyncio.sleep(1.0)
    assert await store.claim(slow_key) is False, "a live holder keeps its claim past the lease"
    assert await first == ([{"text": "late"}], False)

    dead_key = delivery_key("77", {"telegram_update_id": next(_names)})
    assert await store.claim(dead_key)  # then its server died: no sign of life any more
    await asyncio.sleep(0.7)
    assert await store.claim(dead_key), "a repeat may run the turn the dead server never stored"
    await store.close()


async def test_a_late_sign_of_life_never_shortens_the_handled_mark(redis_url: str) -> None:
    store = RedisHandledUpdates.from_url(redis_url, prefix=f"late{next(_names)}:", lease_seconds=0.5)
    key = delivery_key("78", {"telegram_update_id": next(_names)})
    assert await handle_once(store, key, lambda: asyncio.sleep(0.3, [{"text": "ok"}])) == ([{"text": "ok"}], False)
    await store.keep(key)  # a renewal that outlived its turn (a lost cancellation)
    ttl = await store._redis.ttl(f"{store._prefix}id:{key}")
    assert ttl > SEEN_SECONDS - 60, "the done mark keeps its day, not one lease"
    await store.close()


async def test_the_sign_of_life_stops_with_its_turn(registry_url: str) -> None:
    class Counting(SqlHandledUpdates):
        lease_seconds = 0.06
        signs = 0

        async def keep(self, key: str) -> None:
            Counting.signs += 1

    store = Counting(registry_for(registry_url))
    key = delivery_key("79", {"telegram_update_id": next(_names)})
    await handle_once(store, key, lambda: asyncio.sleep(0.1, []))
    after_the_turn = Counting.signs
    await asyncio.sleep(0.2)
    assert Counting.signs == after_the_turn


async def test_a_message_is_still_answered_when_the_store_is_down() -> None:
    class Down(HandledUpdates):
        async def claim(self, key: str) -> bool:
            raise ConnectionError("the database is restarting")

        async def state(self, key: str):
            raise ConnectionError("the database is restarting")

        async def finish(self, key: str, replies: list[dict]) -> None:
            raise ConnectionError("the database is restarting")

        async def release(self, key: str) -> None:
            raise ConnectionError("the database is restarting")

    conversation = Conversation()
    app = await app_with(Down(), conversation)
    assert await post(app, "77", "Bonjour", telegram_update_id=next(_names)) == [
        {"recipient_id": "77", "text": "turn 1: Bonjour"}
    ], "answered, not dropped: a message lost is worse than a rare repeat run twice"


async def test_a_client_that_leaves_mid_turn_leaves_no_text_in_the_logs(
    store: HandledUpdates, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    conversation = Conversation()
    conversation.client_leaves = True
    app = await app_with(store, conversation)
    update_id = next(_names)
    assert await post(app, "78", "ma carte AB123456", telegram_update_id=update_id) == []
    printed = capsys.readouterr()
    assert "AB123456" not in printed.out + printed.err + caplog.text, "RestInput logs the text it was given"
    assert "The client of 78 left before its answer" in caplog.text
    conversation.client_leaves = False
    assert await post(app, "78", "ma carte AB123456", telegram_update_id=update_id) == [
        {"recipient_id": "78", "text": "turn 1: ma carte AB123456"}
    ], "the stopped turn gave its claim back: the repeat runs it"
