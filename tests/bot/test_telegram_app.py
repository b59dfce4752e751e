"""The Telegram channel through python-telegram-bot's real dispatcher, with fake Telegram and fake Rasa."""

import asyncio
import json

import httpx
import pytest
from telegram import Update
from telegram.error import TimedOut
from telegram.ext import AIORateLimiter

from bot.rasa_client import RasaClient
from bot.splitting import split_message
from bot.telegram_app import RETRY_DELAYS, TELEGRAM_RETRIES, TelegramChannel, build_application
from hirfa.settings import Settings
from tests.bot.fake_bot_api import FakeBotAPI, button_press, private_text

MENU = [
    {"title": "أ", "payload": "/rna_register_how"},
    {"title": "ب", "payload": "/amo_info"},
    {"title": "ج", "payload": '/choose_language{"language": "ar"}' + " " * 60},
]


def rasa_answering(replies_for):
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append(body)
        return httpx.Response(200, json=replies_for(body["message"]))

    return RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(handler)), seen


async def run(updates, replies_for, settings: Settings | None = None):
    api = FakeBotAPI()
    rasa, seen = rasa_answering(replies_for)
    settings = settings or Settings(telegram_bot_token="123:abc")
    app = build_application(settings, rasa, request=api, get_updates_request=api)
    async with app:
        for update in updates:
            await app.process_update(Update.de_json(update, app.bot))
    return api, seen


async def test_a_private_message_goes_to_rasa_and_the_replies_come_back_in_order() -> None:
    replies = [
        {"text": "un"},
        {"custom": {"language": "fr", "rtl": False}},
        {"text": "deux", "buttons": MENU[:2]},
    ]
    api, seen = await run([private_text("Bonjour")], lambda text: replies)
    assert seen == [
        {
            "sender": "77",
            "message": "Bonjour",
            "metadata": {
                "channel": "telegram",
                "telegram_user_id": 77,
                "language_code": "fr",
                # Rasa's channel knows a repeat of the update by these (rasa_plugins/handled_updates.py).
                "telegram_update_id": 1,
                "telegram_bot_id": 4242,
            },
        }
    ]
    # One answer, one Telegram message (bot/reply_merging.py), its texts in order and the buttons under them.
    assert [m["text"] for m in api.sent("sendMessage")] == ["un\n\ndeux"]
    assert api.sent("sendChatAction") == [], "a quick answer needs no typing indicator"
    keyboard = api.sent("sendMessage")[0]["reply_markup"]["inline_keyboard"]
    assert [[b["callback_data"] for b in row] for row in keyboard] == [["/rna_register_how", "/amo_info"]]


async def test_arabic_rows_read_from_the_right_and_long_payloads_get_short_keys(registry_url: str) -> None:
    replies = [{"text": "القائمة", "buttons": MENU}, {"custom": {"language": "ary", "rtl": True}}]
    settings = Settings(telegram_bot_token="123:abc", database_url=registry_url)
    api, _ = await run([private_text("سلام")], lambda text: replies, settings)
    rows = api.sent("sendMessage")[0]["reply_markup"]["inline_keyboard"]
    assert [[b["text"] for b in row] for row in rows] == [["ب", "أ"], ["ج"]]
    assert all(len(b["callback_data"].encode()) <= 64 for row in rows for b in row)


async def test_a_button_press_is_answered_and_relayed_as_its_payload() -> None:
    first = [{"text": "menu", "buttons": MENU}]
    api, seen = await run(
        [private_text("salam"), button_press("/amo_info")],
        lambda text: first if text == "salam" else [{"text": "AMO"}],
    )
    assert api.sent("answerCallbackQuery") == [{"callback_query_id": "cb1"}]
    assert [s["message"] for s in seen] == ["salam", "/amo_info"]


class AnsweredQueries(FakeBotAPI):
    """Telegram after a restart: the press was answered by the bot that died, and cannot be answered again."""

    async def do_request(self, url: str, method: str, request_data=None, **kwargs):
        if url.endswith("/answerCallbackQuery"):
            self.calls.append(("answerCallbackQuery", {}))
            description = "Bad Request: query is too old and response timeout expired or query id is invalid"
            return 400, json.dumps({"ok": False, "error_code": 400, "description": description}).encode()
        return await super().do_request(url, method, request_data, **kwargs)


async def test_a_press_delivered_again_after_a_restart_is_relayed_though_it_cannot_be_answered_again() -> None:
    api = AnsweredQueries()
    rasa, seen = rasa_answering(lambda text: [{"text": "AMO"}])
    app = build_application(Settings(telegram_bot_token="123:abc"), rasa, request=api, get_updates_request=api)
    async with app:
        await app.process_update(Update.de_json(button_press("/amo_info"), app.bot))
    assert api.sent("answerCallbackQuery") == [{}]
    assert [s["message"] for s in seen] == ["/amo_info"]
    assert [m["text"] for m in api.sent("sendMessage")] == ["AMO"], "the answer, not an apology"


async def test_a_long_payload_key_is_resolved_back_even_after_a_restart(registry_url: str) -> None:
    first = [{"text": "menu", "buttons": MENU}]
    settings = Settings(telegram_bot_token="123:abc", database_url=registry_url)
    api = FakeBotAPI()
    rasa, seen = rasa_answering(lambda text: first if text == "salam" else [{"text": "ok"}])
    app = build_application(settings, rasa, request=api, get_updates_request=api)
    async with app:
        await app.process_update(Update.de_json(private_text("salam"), app.bot))
        key = api.sent("sendMessage")[0]["reply_markup"]["inline_keyboard"][1][0]["callback_data"]
        await app.process_update(Update.de_json(button_press(key), app.bot))
    assert key.startswith("k:") and seen[-1]["message"] == MENU[2]["payload"]

    # A new process (nothing in memory) on the same database: the old keyboard's button still works.
    api = FakeBotAPI()
    rasa, seen = rasa_answering(lambda text: [{"text": "ok"}])
    restarted = build_application(settings, rasa, request=api, get_updates_request=api)
    async with restarted:
        await restarted.process_update(Update.de_json(button_press(key, update_id=3), restarted.bot))
    assert [s["message"] for s in seen] == [MENU[2]["payload"]]


@pytest.mark.parametrize(
    ("command", "sent"),
    [
        ("/start", "/choose_language"),
        ("/cancel", "/stop"),
        ("/help", "/ask_help"),
        ("/language", "/choose_language"),
        ("/human", "/human_handoff"),
        ("/nope", "/nope"),
    ],
)
async def test_commands_stand_for_intents(command: str, sent: str) -> None:
    _, seen = await run([private_text(command)], lambda text: [{"text": "ok"}])
    assert seen[0]["message"] == sent


async def test_rasa_unreachable_gets_an_apology_in_the_users_language() -> None:
    def refuse(request):
        raise httpx.ConnectError("refused", request=request)

    api = FakeBotAPI()
    rasa = RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(refuse))
    channel = TelegramChannel(rasa, "ary", retry_delays=(0.01, 0.01))
    app = build_application(
        Settings(telegram_bot_token="123:abc"), rasa, channel, request=api, get_updates_request=api
    )
    async with app:
        await app.process_update(Update.de_json(private_text("Bonjour", language_code="fr"), app.bot))
    (message,) = api.sent("sendMessage")
    assert message["text"].startswith("Désolé, je ne peux pas répondre")


def test_a_message_rasa_never_got_is_sent_again_for_as_long_as_a_restart_takes() -> None:
    # bench/faults.py: a killed Rasa server is back, model loaded, in 8-12 s under the supervisor.
    assert sum(RETRY_DELAYS) >= 25


@pytest.mark.parametrize("code", [500, 502, 503])
async def test_an_answer_telegram_refused_with_a_server_error_is_sent_again(code: int) -> None:
    class Down(FakeBotAPI):
        refused = 0

        async def do_request(self, url, method, request_data=None, **kwargs):
            if url.endswith("/sendMessage") and self.refused < 2:
                self.refused += 1
                return code, json.dumps({"ok": False, "error_code": code, "description": "Bad Gateway"}).encode()
            return await super().do_request(url, method, request_data, **kwargs)

    api = Down()
    rasa, _ = rasa_answering(lambda text: [{"text": "Bonjour !"}])
    channel = TelegramChannel(rasa, "ary", telegram_error_delays=(0.01, 0.01, 0.01))
    app = build_application(Settings(telegram_bot_token="123:abc"), rasa, channel, request=api, get_updates_request=api)
    async with app:
        await app.process_update(Update.de_json(private_text("Bonjour"), app.bot))
    assert api.refused == 2 and [m["text"] for m in api.sent("sendMessage")] == ["Bonjour !"], "sent once, late"


async def test_an_answer_that_timed_out_is_not_sent_again() -> None:
    class Slow(FakeBotAPI):
        tried = 0

        async def do_request(self, url, method, request_data=None, **kwargs):
            if url.endswith("/sendMessage") and "Bonjour !" in str(request_data.parameters if request_data else ""):
                self.tried += 1
                raise TimedOut("no answer")  # the message may have arrived: sending it again could double it
            return await super().do_request(url, method, request_data, **kwargs)

    api = Slow()
    rasa, _ = rasa_answering(lambda text: [{"text": "Bonjour !"}])
    channel = TelegramChannel(rasa, "ary", telegram_error_delays=(0.01, 0.01, 0.01))
    app = build_application(Settings(telegram_bot_token="123:abc"), rasa, channel, request=api, get_updates_request=api)
    async with app:
        await app.process_update(Update.de_json(private_text("Bonjour"), app.bot))
    assert api.tried == 1


async def test_a_group_message_is_invited_to_a_private_chat() -> None:
    update = private_text("salam", chat_id=-100)
    update["message"]["chat"] = {"id": -100, "type": "group", "title": "Artisans"}
    api, seen = await run([update], lambda text: [{"text": "never"}])
    assert seen == []
    assert "privée" in api.sent("sendMessage")[0]["text"]


def test_long_text_is_split_after_sentences() -> None:
    text = ("Une phrase courte. " * 300).strip()
    pieces = split_message(text, limit=4096)
    assert all(len(p) <= 4096 for p in pieces) and len(pieces) == 2
    assert all(p.endswith(".") for p in pieces)
    assert " ".join(pieces) == text


async def test_a_slow_answer_shows_the_typing_indicator_first() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.5)
        return httpx.Response(200, json=[{"text": "enfin"}])

    api = FakeBotAPI()
    rasa = RasaClient("http://rasa.test", 5, transport=httpx.MockTransport(slow))
    app = build_application(
        Settings(telegram_bot_token="123:abc"), rasa, request=api, get_updates_request=api
    )
    async with app:
        await app.process_update(Update.de_json(private_text("Bonjour"), app.bot))
    assert [name for name, _ in api.calls if name in ("sendChatAction", "sendMessage")] == [
        "sendChatAction",
        "sendMessage",
    ]


async def test_a_reply_telegram_refused_with_429_is_sent_again_after_retry_after() -> None:
    class Busy(FakeBotAPI):
        refused = 0

        async def do_request(self, url, method, request_data=None, **kwargs):
            if url.endswith("/sendMessage") and not self.refused:
                self.refused += 1
                body = {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                        "parameters": {"retry_after": 1}}
                return 429, json.dumps(body).encode()
            return await super().do_request(url, method, request_data, **kwargs)

    api = Busy()
    rasa, _ = rasa_answering(lambda text: [{"text": "Bonjour !"}])
    app = build_application(
        Settings(telegram_bot_token="123:abc"),
        rasa,
        request=api,
        get_updates_request=api,
        rate_limiter=AIORateLimiter(max_retries=TELEGRAM_RETRIES),
    )
    async with app:
        await app.process_update(Update.de_json(private_text("Bonjour"), app.bot))
    assert api.refused == 1 and [m["text"] for m in api.sent("sendMessage")] == ["Bonjour !"], "sent once, late"
