"""The polling bot. Its inbox (bot/inbox.py): an update taken from Telegram and not yet handled when the bot died
is handled by the next bot; one handled, or one Telegram gives again, is not handled twice. And a getUpdates
Telegram refuses is a warning, not a traceback."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import httpx
from sqlalchemy import select, text
from telegram import Update

from bot.inbox import FlushingRequest, Inbox, InboxQueue
from bot.rasa_client import RasaClient
from bot.serving import polling_failed
from bot.telegram_app import build_application
from hirfa.settings import Settings
from registry.db import Registry
from registry.models import BotInboxUpdate
from tests.bot.fake_bot_api import BOT_USER, FakeBotAPI, private_text

SETTINGS = Settings(telegram_bot_token="123:abc")
BOT_ID = BOT_USER["id"]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def rasa_echo() -> tuple[RasaClient, list[str]]:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        message = httpx.Response(200, content=request.content).json()["message"]
        seen.append(message)
        return httpx.Response(200, json=[{"text": f"reçu : {message}"}])

    return RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(handler)), seen


def update(text_: str, update_id: int, chat_id: int = 77) -> Update:
    return Update.de_json(private_text(text_, chat_id=chat_id, update_id=update_id), None)


async def until(condition, what: str) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"not done: {what}")


async def test_updates_are_kept_sealed_crossed_off_when_handled_and_their_ids_forgotten_a_day_later(
    registry_url: str,
) -> None:
    registry = Registry.from_url(registry_url)
    clock = Clock()
    inbox = Inbox(registry, bot_id=1001, clock=clock)
    try:
        await inbox.take([update("ma CIN est AB123456", 11), update("salam", 12)])
        await inbox.take([update("ma CIN est AB123456", 11)])  # Telegram giving it again: left as it is
        with registry.engine.connect() as connection:
            stored = connection.execute(text("SELECT body FROM bot_inbox WHERE bot_id = 1001")).scalars().all()
        assert len(stored) == 2 and not any("AB123456" in body or "salam" in body for body in stored), "sealed"

        await inbox.handled(11)
        waiting, recent = await inbox.opened(None)
        assert [u.effective_message.text for u in waiting] == ["salam"] and recent == {11, 12}
        with registry.session() as session:
            row = session.get(BotInboxUpdate, (1001, 11))
        assert row.body is None and row.handled_at == clock.now, "the text goes once handled; the id stays"

        await inbox.handled(13)  # handled before its batch was written: the batch leaves it crossed off
        await inbox.take([update("merci", 13)])
        assert [u.update_id for u in (await inbox.opened(None))[0]] == [12]

        clock.now += timedelta(days=1, seconds=1)
        await inbox.handled(12)  # crossing off forgets, now and then, the ids handled a day ago
        with registry.session() as session:
            ids = session.scalars(select(BotInboxUpdate.update_id).where(BotInboxUpdate.bot_id == 1001)).all()
        assert ids == [12]
    finally:
        inbox.close()


async def test_another_bots_updates_are_not_its_own(registry_url: str) -> None:
    registry = Registry.from_url(registry_url)
    mine, theirs = Inbox(registry, bot_id=1002), Inbox(registry, bot_id=1003)
    try:
        await theirs.take([update("salam", 5)])
        await mine.take([update("salam", 5)])
        await mine.handled(5)
        assert [u.update_id for u in (await theirs.opened(None))[0]] == [5]
    finally:
        mine.close()


async def test_the_updates_queued_are_written_in_one_go_before_the_next_get_updates() -> None:
    order: list[str] = []

    class Recording(Inbox):
        def __init__(self) -> None:
            pass

        async def take(self, updates: list[Update]) -> None:
            order.append("write " + ",".join(str(u.update_id) for u in updates))

        async def opened(self, bot):
            return [], set()

    class Telegram(FakeBotAPI):
        async def do_request(self, url: str, *args, **kwargs):
            order.append(url.rsplit("/", 1)[-1])
            return await super().do_request(url, *args, **kwargs)

    queue = InboxQueue()
    await queue.open(Recording(), None)
    polls = FlushingRequest(Telegram(), queue.write)
    await queue.put(update("un", 1))
    await queue.put(update("deux", 2))
    assert order == [], "nothing written while python-telegram-bot queues a batch"
    await polls.post("https://api.telegram.org/bot123:abc/getUpdates")
    await polls.post("https://api.telegram.org/bot123:abc/getUpdates")
    assert order == ["write 1,2", "getUpdates", "getUpdates"]
    assert [queue.get_nowait().update_id for _ in range(2)] == [1, 2]


async def test_what_a_killed_bot_had_taken_is_answered_by_the_next_one_in_order_and_once(registry_url: str) -> None:
    # The killed bot: python-telegram-bot's polling queued two updates and asked for more (so Telegram took
    # them as delivered, and they were written first), then the process died before handling them.
    rasa, seen = rasa_echo()
    killed = InboxQueue()
    app = build_application(SETTINGS, rasa, request=FakeBotAPI(), get_updates_request=FakeBotAPI(), update_queue=killed)
    await app.initialize()
    await killed.open(Inbox(Registry.from_url(registry_url), app.bot.id), app.bot)
    await killed.put(update("Bonjour", 21, chat_id=88))
    await killed.put(update("je suis potier", 22, chat_id=88))
    await killed.write()
    await app.shutdown()
    killed.close()
    assert seen == []

    api = FakeBotAPI()
    queue = InboxQueue()
    app = build_application(SETTINGS, rasa, request=api, get_updates_request=api, update_queue=queue)
    async with app:
        assert await queue.open(Inbox(Registry.from_url(registry_url), app.bot.id), app.bot) == 2
        # Telegram had not seen the second confirmed: it gives it again, and it is not queued twice.
        await queue.put(update("je suis potier", 22, chat_id=88))
        await app.start()
        await until(lambda: len(api.sent("sendMessage")) == 2, "both answered")
        await queue.put(update("merci", 23, chat_id=88))
        await queue.write()
        await until(lambda: len(api.sent("sendMessage")) == 3, "the next message answered")
        await app.stop()
        assert (await queue.inbox.opened(app.bot))[0] == [], "every update crossed off once handled"
    queue.close()
    assert seen == ["Bonjour", "je suis potier", "merci"]
    assert [m["text"] for m in api.sent("sendMessage")] == ["reçu : Bonjour", "reçu : je suis potier", "reçu : merci"]


async def test_a_bot_whose_inbox_cannot_be_written_still_answers(tmp_path) -> None:
    rasa, seen = rasa_echo()
    api = FakeBotAPI()
    queue = InboxQueue()
    app = build_application(SETTINGS, rasa, request=api, get_updates_request=api, update_queue=queue)
    async with app:
        # A database never migrated: the inbox has no table.
        assert await queue.open(Inbox(Registry.from_url(f"sqlite:///{tmp_path / 'empty.db'}"), BOT_ID), app.bot) == 0
        await queue.put(update("Bonjour", 31))
        await queue.write()
        await app.start()
        await until(lambda: len(api.sent("sendMessage")) == 1, "answered")
        await app.stop()
    queue.close()
    assert seen == ["Bonjour"]


async def test_a_get_updates_telegram_refuses_is_one_warning_not_a_traceback(caplog) -> None:
    class Failing(FakeBotAPI):
        async def do_request(self, url: str, *args, **kwargs):
            if url.endswith("getUpdates"):
                self.calls.append(("getUpdates", {}))
                return 502, b'{"ok": false, "error_code": 502, "description": "Bad Gateway"}'
            return await super().do_request(url, *args, **kwargs)

    api = Failing()
    rasa, _ = rasa_echo()
    app = build_application(SETTINGS, rasa, request=api, get_updates_request=api)
    async with app:
        await app.updater.start_polling(error_callback=polling_failed, poll_interval=0.0)
        await until(lambda: len(api.sent("getUpdates")) >= 3, "polled again after each refusal")
        polling = list(caplog.records)
        await app.updater.stop()  # its last getUpdates, refused too, is python-telegram-bot's to report
    assert "Telegram did not answer getUpdates, polling again: Bad Gateway" in caplog.text
    assert not [r for r in polling if r.levelname == "ERROR" or r.exc_info], caplog.text
