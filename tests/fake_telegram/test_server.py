"""The fake Bot API server answers python-telegram-bot as Telegram does (loopback only, no assistant)."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Conflict, EndPointNotFound, Forbidden, InvalidToken

from tests.fake_telegram import BOT_TOKEN, FakeTelegram

CHAT = 77


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    with FakeTelegram() as server:
        yield server


@pytest.fixture
async def bot(telegram: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(BOT_TOKEN, base_url=telegram.base_url, base_file_url=telegram.file_url) as bot:
        yield bot


def menu(*payloads: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(p, callback_data=p) for p in payloads]])


async def test_get_me_is_the_bot_of_the_token(bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123456, True, "hirfa_test_bot")


async def test_get_updates_returns_pushed_updates_until_the_offset_confirms_them(
    telegram: FakeTelegram, bot: Bot
) -> None:
    first = telegram.push(telegram.text_message(CHAT, "سلام", "ar"))
    second = telegram.push(telegram.text_message(CHAT, "/start", "ar"))
    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [first, second]
    assert updates[0].message.text == "سلام" and updates[0].effective_user.language_code == "ar"
    assert updates[1].message.entities[0].type == "bot_command"
    assert [u.update_id for u in await bot.get_updates(offset=second)] == [second]
    assert await bot.get_updates(offset=second + 1, timeout=0) == ()
    assert telegram.pending_updates() == 0


async def test_a_long_poll_waits_for_its_timeout_or_the_next_update(telegram: FakeTelegram, bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 < time.monotonic() - started < 3
    threading.Timer(0.3, telegram.push, [telegram.text_message(CHAT, "Bonjour", "fr")]).start()
    started = time.monotonic()
    updates = await bot.get_updates(timeout=10)
    assert [u.message.text for u in updates] == ["Bonjour"] and time.monotonic() - started < 3


def test_a_second_poller_ends_the_first_with_409(telegram: FakeTelegram) -> None:
    url = f"{telegram.base_url}{BOT_TOKEN}/getUpdates"
    answers = []
    first = threading.Thread(
        target=lambda: answers.append(httpx.post(url, data={"timeout": "5"}, timeout=10))
    )
    first.start()
    time.sleep(0.3)
    assert httpx.post(url, data={"timeout": "0"}, timeout=10).json() == {"ok": True, "result": []}
    first.join(10)
    assert (
        answers[0].status_code == 409 and "terminated by other getUpdates" in answers[0].json()["description"]
    )
    assert [(c.ok, c.abandoned) for c in telegram.calls("getUpdates")] == [(True, False), (False, False)]


def test_a_long_poll_the_client_gave_up_is_marked_abandoned(telegram: FakeTelegram) -> None:
    body = b"timeout=5"
    with socket.create_connection(("127.0.0.1", telegram.port)) as client:
        client.sendall(
            f"POST /bot{BOT_TOKEN}/getUpdates HTTP/1.1\r\nHost: x\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        time.sleep(0.3)
    httpx.post(f"{telegram.base_url}{BOT_TOKEN}/getUpdates", data={"timeout": "0"}, timeout=5)
    abandoned = telegram.wait_for("getUpdates", lambda c: not c.ok, timeout=5)
    assert abandoned.abandoned, "a cancelled poll is not a refusal the bot saw"


async def test_send_message_returns_the_message_with_its_keyboard(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    sent = await bot.send_message(CHAT, "Bonjour !", reply_markup=menu("/ask_help"))
    assert (sent.chat.id, sent.text, sent.from_user.is_bot) == (CHAT, "Bonjour !", True)
    assert sent.message_id == 2, "user and bot messages share the chat's numbering"
    assert sent.reply_markup.inline_keyboard[0][0].callback_data == "/ask_help"
    call = telegram.wait_for("sendMessage", lambda c: c.chat_id == CHAT, timeout=1)
    assert call.params["reply_markup"] == {
        "inline_keyboard": [[{"text": "/ask_help", "callback_data": "/ask_help"}]]
    }
    assert call.buttons == [{"text": "/ask_help", "callback_data": "/ask_help"}]


@pytest.mark.parametrize(
    ("chat_id", "text", "markup", "error"),
    [
        (999, "hello", None, BadRequest),  # chat not found: nobody wrote from there
        (CHAT, "x" * 4097, None, BadRequest),  # message is too long
        (CHAT, "   ", None, BadRequest),  # message text is empty
        (CHAT, "menu", menu("/" + "x" * 64), BadRequest),  # BUTTON_DATA_INVALID
    ],
)
async def test_send_message_refuses_what_telegram_refuses(
    telegram: FakeTelegram,
    bot: Bot,
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None,
    error: type,
) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    with pytest.raises(error):
        await bot.send_message(chat_id, text, reply_markup=markup)
    assert telegram.calls("sendMessage")[0].ok is False


async def test_a_blocked_user_is_forbidden(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    telegram.block(CHAT)
    with pytest.raises(Forbidden, match="(?i)blocked"):
        await bot.send_message(CHAT, "hello")


async def test_a_callback_query_is_answered_once(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    await bot.send_message(CHAT, "Menu", reply_markup=menu("/amo_info", "/financing"))
    telegram.push(telegram.callback_query(telegram.calls("sendMessage")[0], "/amo_info", "fr"))
    press = (await bot.get_updates(timeout=0))[-1].callback_query
    assert (press.data, press.message.text, press.from_user.id) == ("/amo_info", "Menu", CHAT)
    assert press.message.reply_markup.inline_keyboard[0][1].callback_data == "/financing"
    assert await press.answer() is True
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await press.answer()


async def test_edit_message_reply_markup_changes_the_keyboard_once(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    sent = await bot.send_message(CHAT, "Menu", reply_markup=menu("/amo_info"))
    edited = await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=None)
    assert edited.reply_markup is None and edited.edit_date is not None
    with pytest.raises(BadRequest, match="(?i)not modified"):
        await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=None)
    with pytest.raises(BadRequest, match="(?i)not found"):
        await bot.edit_message_reply_markup(CHAT, 999, reply_markup=menu("/x"))


async def test_photos_by_url_and_by_upload(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    by_url = await bot.send_photo(CHAT, "https://example.org/card.png", caption="La carte")
    uploaded = await bot.send_photo(CHAT, b"\x89PNG\r\n\x1a\n" + bytes(20))
    assert by_url.caption == "La carte" and len(uploaded.photo) == 3
    url_call, upload_call = telegram.calls("sendPhoto")
    assert url_call.params["photo"] == "https://example.org/card.png"
    assert upload_call.files["photo"].startswith(b"\x89PNG"), "multipart/form-data is parsed"


async def test_a_venue_is_a_message_with_its_place(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    sent = await bot.send_venue(CHAT, 35.7745, -5.8037, "Chambre d'artisanat", "12 rue de Fès, Tanger")
    assert (sent.venue.title, sent.venue.address) == ("Chambre d'artisanat", "12 rue de Fès, Tanger")
    assert (sent.venue.location.latitude, sent.venue.location.longitude) == (35.7745, -5.8037)
    assert sent.location == sent.venue.location and sent.chat.id == CHAT
    (call,) = telegram.calls("sendVenue")
    assert call.ok and call.params["address"] == "12 rue de Fès, Tanger"
    assert telegram.replies(CHAT) == [call]


async def test_an_address_of_digits_stays_text(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    sent = await bot.send_venue(CHAT, 35.77, -5.80, "1", "123", foursquare_id="4b0588f5f964a520")
    assert (sent.venue.title, sent.venue.address) == ("1", "123")
    assert sent.venue.foursquare_id == "4b0588f5f964a520"


@pytest.mark.parametrize(
    ("missing", "error"),
    [
        ("latitude", "latitude is empty"),
        ("longitude", "longitude is empty"),
        ("title", 'parameter "title" is required'),
        ("address", 'parameter "address" is required'),
    ],
)
def test_a_venue_needs_its_four_parts(telegram: FakeTelegram, missing: str, error: str) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    params = {"chat_id": CHAT, "latitude": 35.77, "longitude": -5.80, "title": "Chambre", "address": "Tanger"}
    del params[missing]
    answer = httpx.post(f"{telegram.base_url}{BOT_TOKEN}/sendVenue", json=params, timeout=10)
    assert answer.status_code == 400 and answer.json()["description"] == f"Bad Request: {error}"
    (refused,) = telegram.calls("sendVenue")
    assert telegram.replies(CHAT) == [refused] and not refused.ok


@pytest.mark.parametrize(("latitude", "longitude"), [(91, -5.8), (35.77, -181), ("nord", -5.8)])
async def test_a_venue_off_the_globe_is_refused(
    telegram: FakeTelegram, bot: Bot, latitude: object, longitude: float
) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    with pytest.raises(BadRequest, match="(?i)wrong venue location specified"):
        await bot.send_venue(CHAT, latitude, longitude, "Chambre", "Tanger")


async def test_a_venue_to_an_unknown_chat_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_venue(4040, 35.77, -5.80, "Chambre", "Tanger")


async def test_chat_actions_commands_and_the_rest(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
    assert await bot.send_chat_action(CHAT, "typing") is True
    with pytest.raises(BadRequest):
        await bot.send_chat_action(CHAT, "dancing")
    assert await bot.set_my_commands([BotCommand("help", "Menu principal")], language_code="fr")
    assert [c.command for c in await bot.get_my_commands(language_code="fr")] == ["help"]
    assert await bot.get_my_commands() == ()
    with pytest.raises(BadRequest, match="(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Help!", "x")])
    assert await bot.delete_webhook() and await bot.close() and await bot.log_out()
    assert (await bot.get_webhook_info()).url == ""


async def test_a_voice_note_can_be_downloaded(telegram: FakeTelegram, bot: Bot) -> None:
    update = telegram.voice_message(CHAT, duration=3, language_code="ar")
    telegram.push(update)
    voice = (await bot.get_updates(timeout=0))[0].message.voice
    assert voice.duration == 3 and voice.mime_type == "audio/ogg"
    content = await (await bot.get_file(voice.file_id)).download_as_bytearray()
    assert bytes(content).startswith(b"OggS")


async def test_location_and_contact_messages(telegram: FakeTelegram, bot: Bot) -> None:
    telegram.push(telegram.location_message(CHAT, 34.03, -5.0, "fr"))
    telegram.push(telegram.contact_message(CHAT, "+212612345678", "fr"))
    location, contact = [u.message for u in await bot.get_updates(timeout=0)]
    assert (location.location.latitude, location.location.longitude) == (34.03, -5.0)
    assert (contact.contact.phone_number, contact.contact.user_id) == ("+212612345678", CHAT)


def test_wrong_token_and_unknown_method(telegram: FakeTelegram) -> None:
    raw = httpx.post(f"{telegram.base_url}1:WRONG/getMe")
    assert (raw.status_code, raw.json()) == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    unknown = httpx.post(f"{telegram.base_url}{BOT_TOKEN}/sendTelepathy")
    assert (unknown.status_code, unknown.json()) == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found"},
    )


async def test_wrong_token_is_invalid_for_python_telegram_bot(telegram: FakeTelegram) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("1:WRONG", base_url=telegram.base_url):
            pass
    async with Bot(BOT_TOKEN, base_url=telegram.base_url) as bot:
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("sendTelepathy")


class _Hook(BaseHTTPRequestHandler):
    received: list[tuple[str | None, dict]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.received.append((self.headers.get("X-Telegram-Bot-Api-Secret-Token"), body))
        self.send_response(500 if len(self.received) == 1 else 200)  # the first delivery fails
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return None


async def test_a_webhook_gets_the_updates_with_its_secret_and_retries(
    telegram: FakeTelegram, bot: Bot
) -> None:
    hook = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    _Hook.received = []
    try:
        with pytest.raises(BadRequest, match="(?i)loopback"):
            await bot.set_webhook("https://example.org/telegram")
        await bot.set_webhook(f"http://127.0.0.1:{hook.server_address[1]}/telegram", secret_token="s3cret")
        update_id = telegram.push(telegram.text_message(CHAT, "Bonjour", "fr"))
        with pytest.raises(Conflict):
            await bot.get_updates()
        for _ in range(50):
            if len(_Hook.received) >= 2 and telegram.pending_updates() == 0:
                break
            await asyncio.sleep(0.1)
        assert [(secret, body["update_id"]) for secret, body in _Hook.received] == [("s3cret", update_id)] * 2
        assert "500" in (await bot.get_webhook_info()).last_error_message
    finally:
        hook.shutdown()
        hook.server_close()


def test_wait_for_is_bounded(telegram: FakeTelegram) -> None:
    started = time.monotonic()
    with pytest.raises(TimeoutError, match="no sendMessage"):
        telegram.wait_for("sendMessage", timeout=0.3)
    assert time.monotonic() - started < 2


def test_stop_ends_a_long_poll_at_once(telegram: FakeTelegram) -> None:
    url = f"{telegram.base_url}{BOT_TOKEN}/getUpdates"
    answers = []
    poller = threading.Thread(
        target=lambda: answers.append(httpx.post(url, data={"timeout": "30"}, timeout=40))
    )
    poller.start()
    time.sleep(0.3)
    started = time.monotonic()
    telegram.stop()
    poller.join(5)
    assert time.monotonic() - started < 5 and answers and answers[0].json() == {"ok": True, "result": []}
