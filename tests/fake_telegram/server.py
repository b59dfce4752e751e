"""A fake Telegram Bot API server on 127.0.0.1, run in a background thread.

It answers ``/bot<TOKEN>/<method>`` as Telegram does, so the real bot process (``hirfa telegram``
with ``TELEGRAM_API_BASE_URL=<server.base_url>``) can run against it: long polling, webhooks on
loopback, messages and their keyboards, callback queries, files. Tests push updates with
:meth:`FakeTelegram.push` and read what the bot did with :meth:`FakeTelegram.calls` and
:meth:`FakeTelegram.wait_for`; every call is recorded with the time it arrived.

python-telegram-bot 22 sends each call as a POST whose body is form-encoded
(``application/x-www-form-urlencoded``): strings as they are, every other value JSON-encoded
(``chat_id=42``, ``reply_markup={"inline_keyboard": ...}``). A call that uploads a file is
``multipart/form-data`` with the same encoding for the fields. Telegram also takes JSON bodies and
GET query strings; so does this server.
"""

from __future__ import annotations

import email.parser
import email.policy
import ipaddress
import itertools
import json
import re
import secrets
import select
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

BOT_TOKEN = "123456:TEST"
MAX_POLL_SECONDS = 50  # Telegram caps getUpdates' timeout too.
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
IDLE_CONNECTION_SECONDS = 120
WEBHOOK_RETRY_SECONDS = (0.2, 0.5, 1.0, 2.0, 5.0)
# How long a webhook delivery waits for the bot's answer before it counts as failed (and is made again).
WEBHOOK_TIMEOUT_SECONDS = 60
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
UPDATE_TYPES = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "callback_query",
    "inline_query",
    "chosen_inline_result",
    "shipping_query",
    "pre_checkout_query",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
)
# Fields whose form values are plain strings even when they look like JSON ("123", "[x]").
TEXT_FIELDS = frozenset(
    {
        "text",
        "caption",
        "callback_query_id",
        "inline_message_id",
        "url",
        "parse_mode",
        "action",
        "name",
        "description",
        "short_description",
        "secret_token",
        "ip_address",
        "language_code",
        "photo",
        "voice",
        "audio",
        "document",
        "video",
        "animation",
        "sticker",
        "file_id",
        "title",
        "phone_number",
        "first_name",
        "last_name",
        "emoji",
        "business_connection_id",
        "message_effect_id",
        "question",
        "address",
        "foursquare_id",
        "foursquare_type",
        "google_place_id",
        "google_place_type",
    }
)
COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"


FAULT_DESCRIPTIONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


@dataclass
class _Fault:
    """An error answer injected by FakeTelegram.fail()."""

    method: str
    code: int
    remaining: int | None  # calls still to refuse (None: no limit)
    until: float | None  # time.monotonic() when it ends (None: no limit)
    retry_after: int | None


class ApiError(Exception):
    """A Bot API error answer: ``{"ok": false, "error_code": code, "description": description}``."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


@dataclass(frozen=True)
class Call:
    """One Bot API request as the server received it, and what it answered."""

    seq: int
    method: str
    params: dict[str, Any]
    at: float  # time.monotonic() when the request arrived
    ok: bool
    result: Any = None  # the "result" of the answer when ok
    error: str | None = None  # the "description" when not ok
    files: dict[str, bytes] = field(default_factory=dict)
    abandoned: bool = False  # the client closed the connection before the answer (a cancelled long poll)

    @property
    def chat_id(self) -> Any:
        """The ``chat_id`` parameter (an int for a private chat), or None."""
        return self.params.get("chat_id")

    @property
    def text(self) -> str:
        """The message text or caption sent, or ''."""
        return str(self.params.get("text") or self.params.get("caption") or "")

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """The inline keyboard's buttons, row after row."""
        markup = self.params.get("reply_markup") or {}
        return [button for row in markup.get("inline_keyboard") or [] for button in row]


def decode_field(name: str, value: str) -> Any:
    """A form field as python-telegram-bot meant it: JSON unless it is a text field or not JSON."""
    if name in TEXT_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def utf16_length(text: str) -> int:
    """Length as Telegram counts it, in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


class FakeTelegram:
    """The Bot API for one bot token, on a free loopback port; ``start()`` then ``stop()``.

    ``base_url`` is the value for ``TELEGRAM_API_BASE_URL`` (python-telegram-bot appends the token).
    """

    def __init__(
        self,
        token: str = BOT_TOKEN,
        bot_name: str = "Hirfa",
        bot_username: str = "hirfa_test_bot",
        clock: Callable[[], float] = time.monotonic,  # times the windows of fail(..., seconds=)
        webhook_per_chat: bool = False,
    ):
        # webhook_per_chat: deliver as Telegram does — one update at a time per chat, up to the webhook's
        # max_connections chats at once — instead of one update at a time for all chats.
        self.webhook_per_chat = webhook_per_chat
        self._in_flight: set[Any] = set()  # chats with a delivery under way
        self._chat_failures: dict[Any, int] = {}
        self._chat_retry_at: dict[Any, float] = {}
        self._deliverers: list[threading.Thread] = []  # the extra delivery threads of webhook_per_chat
        self.token = token
        self._clock = clock
        self.bot_user = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": bot_name,
            "username": bot_username,
        }
        self._lock = threading.Condition(threading.RLock())  # re-entered: handlers call helpers that lock
        self._calls: list[Call] = []
        self._updates: list[dict[str, Any]] = []  # pending, oldest first
        # Telegram's update ids start at some positive number, not at 1 (and restart at a random one after a
        # week without updates): two fake servers for the same bot must not reuse each other's ids.
        self._next_update_id = secrets.randbelow(10**9) + 10**6
        self._users: dict[int, dict[str, Any]] = {}
        self._message_ids: dict[int, itertools.count] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}  # the bot's own messages
        self._open_queries: set[str] = set()
        self._query_ids = itertools.count(5_000_000_000_000)
        self._files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, content)
        self._file_ids = itertools.count(1)
        self._blocked: set[int] = set()
        self._commands: dict[str, list[dict[str, str]]] = {}
        self._webhook: dict[str, Any] = {}
        self._webhook_error: tuple[int, str] | None = None
        self._balanced: list[str] = []  # stand-in for a load balancer: deliver to these in turn
        self._deliveries = 0
        self._pushed: dict[int, dict[str, Any]] = {}  # update_id -> update, for repeat()
        self._acknowledged: list[tuple[int, str]] = []
        self._poller = 0  # generation of the newest getUpdates; an older one ends with 409
        self._stopping = False
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._deliverer: threading.Thread | None = None
        self._connections: set[Any] = set()
        self._busy = 0  # requests being answered
        self._faults: list[_Fault] = []  # injected error answers (fail()), oldest first
        self._holding: set[str] = set()  # methods whose calls wait unanswered until release() (hold())
        self._held = 0  # calls waiting so

    # ----- life cycle -------------------------------------------------------------------------

    def start(self) -> FakeTelegram:
        """Listen on a free port of 127.0.0.1 and serve in a daemon thread."""
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="fake-telegram",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """End long polls and webhook delivery, close every connection, stop serving."""
        with self._lock:
            self._stopping = True
            self._lock.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        with self._lock:  # let the answers in flight (ended long polls) go out, then cut idle connections
            deadline = time.monotonic() + timeout
            while self._busy and time.monotonic() < deadline:
                self._lock.wait(deadline - time.monotonic())
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(2)
            except OSError:
                pass
        for thread in (self._thread, self._deliverer, *self._deliverers):
            if thread is not None:
                thread.join(timeout)

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the server first"
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/bot``, the value for TELEGRAM_API_BASE_URL."""
        return f"{self.url}/bot"

    @property
    def file_url(self) -> str:
        """``http://127.0.0.1:<port>/file/bot``, python-telegram-bot's ``base_file_url`` for downloads."""
        return f"{self.url}/file/bot"

    # ----- the tests' side --------------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        """Queue ``update`` for getUpdates (or the webhook) with the next update_id, and return it."""
        with self._lock:
            self._next_update_id += 1
            update = {**update, "update_id": self._next_update_id}
            self._remember_chat(update)
            self._updates.append(update)
            self._pushed[self._next_update_id] = update
            self._lock.notify_all()
            return self._next_update_id

    def repeat(self, update_id: int) -> None:
        """Queue an update already pushed once more, with the same update_id, as Telegram sends an update
        again when it did not get the webhook's answer (a timeout, a connection cut)."""
        with self._lock:
            self._updates.append(self._pushed[update_id])
            self._lock.notify_all()

    def balance(self, urls: list[str]) -> None:
        """Stand in for a load balancer in front of several bot instances: deliver the webhook's updates
        to ``urls`` in turn (round robin), one at a time as before, instead of to the webhook's URL."""
        with self._lock:
            self._balanced = list(urls)
            self._deliveries = 0
            self._lock.notify_all()

    def delivered_to(self) -> list[tuple[int, str]]:
        """(update_id, url) of every update the webhook acknowledged, in order."""
        with self._lock:
            return list(self._acknowledged)

    def pending_updates(self) -> int:
        """Updates pushed and not yet confirmed by the bot."""
        with self._lock:
            return len(self._updates)

    def mark(self) -> int:
        """The seq the next call will get: pass it as ``since`` to look only at later calls."""
        with self._lock:
            return len(self._calls)

    def calls(self, method: str | None = None, since: int = 0) -> list[Call]:
        """Recorded calls of ``method`` (all methods when None), oldest first, from seq ``since`` on."""
        with self._lock:
            return [c for c in self._calls[since:] if method is None or c.method == method]

    def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 10.0,
        since: int = 0,
    ) -> Call:
        """The first call of ``method`` from seq ``since`` on that satisfies ``predicate``.

        Raises TimeoutError, naming the calls received, when none came within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._lock:
            checked = since
            while True:
                for call in self._calls[checked:]:
                    if call.method == method and (predicate is None or predicate(call)):
                        return call
                checked = max(checked, len(self._calls))
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._stopping:
                    seen = [
                        f"{c.method}({c.chat_id})" for c in self._calls[since:] if c.method != "getUpdates"
                    ]
                    raise TimeoutError(
                        f"no {method} call within {timeout}s; calls since {since}: {seen[-20:]}"
                    )
                self._lock.wait(remaining)

    def replies(self, chat_id: int, since: int = 0) -> list[Call]:
        """The bot's sendMessage, sendPhoto and sendVenue calls to ``chat_id``, oldest first, refused ones too."""
        return [
            c
            for c in self.calls(since=since)
            if c.method in ("sendMessage", "sendPhoto", "sendVenue") and c.chat_id == chat_id
        ]

    def wait_for_replies(
        self, chat_id: int, since: int = 0, quiet: float = 1.5, timeout: float = 30.0
    ) -> list[Call]:
        """The bot's messages to ``chat_id`` once at least one came and none followed for ``quiet`` s."""
        deadline = time.monotonic() + timeout
        self.wait_for(
            "sendMessage",
            lambda c: c.chat_id == chat_id,
            timeout=timeout,
            since=since,
        )
        seen = -1
        while time.monotonic() < deadline:
            replies = self.replies(chat_id, since)
            if len(replies) == seen and time.monotonic() - replies[-1].at >= quiet:
                return replies
            seen = len(replies)
            time.sleep(min(0.1, quiet))
        return self.replies(chat_id, since)

    def fail(
        self,
        method: str,
        code: int,
        *,
        count: int | None = None,
        seconds: float | None = None,
        retry_after: int | None = None,
    ) -> None:
        """From now on answer calls of ``method`` with error ``code`` as Telegram does when it is overloaded
        or down: the next ``count`` calls, or every call for ``seconds`` (or both: whichever ends first).

        429 carries ``parameters.retry_after`` (``retry_after`` seconds, 1 by default), which a client must
        wait before it retries; 5xx answers carry none. The refused calls are recorded, not ok, and do
        nothing (no message is sent)."""
        if count is None and seconds is None:
            raise ValueError("give count, seconds or both")
        if code == 429 and retry_after is None:
            retry_after = 1
        until = self._clock() + seconds if seconds is not None else None
        with self._lock:
            self._faults.append(_Fault(_METHODS.get(method.lower(), method), code, count, until, retry_after))

    def clear_faults(self) -> None:
        """Answer every call normally again."""
        with self._lock:
            self._faults.clear()

    def _injected(self, method: str) -> None:
        """Raise the error an active injected fault gives ``method`` (called with the lock held)."""
        now = self._clock()
        self._faults = [
            f for f in self._faults if (f.remaining is None or f.remaining > 0) and (f.until is None or now < f.until)
        ]
        fault = next((f for f in self._faults if f.method == method), None)
        if fault is None:
            return
        if fault.remaining is not None:
            fault.remaining -= 1
        if fault.code == 429:
            raise ApiError(
                429, f"Too Many Requests: retry after {fault.retry_after}", {"retry_after": fault.retry_after}
            )
        raise ApiError(fault.code, FAULT_DESCRIPTIONS.get(fault.code, f"Error {fault.code}"))

    def hold(self, method: str) -> None:
        """From now on keep each call of ``method`` waiting before it is carried out and answered, until
        ``release()``: Telegram slow to answer, so that a test can kill a client with requests in flight. A
        held call is carried out and recorded on release (with the time it arrived), as Telegram does with a
        request it received even when the client is gone by then."""
        with self._lock:
            self._holding.add(_METHODS.get(method.lower(), method))

    def held(self) -> int:
        """How many calls are waiting (hold())."""
        with self._lock:
            return self._held

    def release(self) -> None:
        """Carry out and answer the held calls, and hold no more."""
        with self._lock:
            self._holding.clear()
            self._lock.notify_all()

    def block(self, chat_id: int) -> None:
        """From now on the user of ``chat_id`` has blocked the bot: sending there answers 403."""
        with self._lock:
            self._blocked.add(chat_id)

    # ----- update builders (each returns an update without update_id, for push) --------------

    def user(
        self, chat_id: int, language_code: str | None = "ar", first_name: str = "Fatima"
    ) -> dict[str, Any]:
        """The person behind private chat ``chat_id`` (in a private chat, chat id = user id)."""
        user: dict[str, Any] = {"id": chat_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        return user

    def text_message(
        self, chat_id: int, text: str, language_code: str | None = "ar", first_name: str = "Fatima"
    ) -> dict[str, Any]:
        """A private text message; a leading /command gets its bot_command entity."""
        message = self._user_message(chat_id, language_code, first_name, text=text)
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_length(text.split()[0])}
            ]
        return {"message": message}

    def callback_query(
        self,
        message: Call | dict[str, Any],
        data: str,
        language_code: str | None = "ar",
        first_name: str = "Fatima",
    ) -> dict[str, Any]:
        """A press on the button with callback ``data`` under one of the bot's messages.

        ``message`` is the recorded sendMessage call (or the Message it returned).
        """
        sent = message.result if isinstance(message, Call) else message
        chat_id = sent["chat"]["id"]
        with self._lock:
            query_id = str(next(self._query_ids))
            self._open_queries.add(query_id)
            current = json.loads(json.dumps(self._messages.get((chat_id, sent["message_id"]), sent)))
        return {
            "callback_query": {
                "id": query_id,
                "from": self.user(chat_id, language_code, first_name),
                "message": current,
                "chat_instance": str(-chat_id * 7919),
                "data": data,
            }
        }

    def location_message(
        self,
        chat_id: int,
        latitude: float,
        longitude: float,
        language_code: str | None = "ar",
        first_name: str = "Fatima",
    ) -> dict[str, Any]:
        """A shared location (the paper clip, then Location)."""
        location = {"latitude": latitude, "longitude": longitude}
        return {"message": self._user_message(chat_id, language_code, first_name, location=location)}

    def voice_message(
        self,
        chat_id: int,
        duration: int = 4,
        language_code: str | None = "ar",
        first_name: str = "Fatima",
        content: bytes = b"OggS\x00\x02" + bytes(58),
    ) -> dict[str, Any]:
        """A voice note; its file can be fetched with getFile and the file URL."""
        file_id, unique_id = self._add_file("voice", "oga", content)
        voice = {
            "file_id": file_id,
            "file_unique_id": unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": len(content),
        }
        return {"message": self._user_message(chat_id, language_code, first_name, voice=voice)}

    def contact_message(
        self,
        chat_id: int,
        phone_number: str = "+212600000000",
        language_code: str | None = "ar",
        first_name: str = "Fatima",
    ) -> dict[str, Any]:
        """The user sharing their own phone number (a contact whose user_id is theirs)."""
        contact = {"phone_number": phone_number, "first_name": first_name, "user_id": chat_id}
        return {"message": self._user_message(chat_id, language_code, first_name, contact=contact)}

    def _user_message(
        self, chat_id: int, language_code: str | None, first_name: str, **content: Any
    ) -> dict[str, Any]:
        user = self.user(chat_id, language_code, first_name)
        with self._lock:
            self._users[chat_id] = user
            message_id = self._next_message_id(chat_id)
        return {
            "message_id": message_id,
            "from": user,
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            **content,
        }

    def _add_file(self, kind: str, extension: str, content: bytes) -> tuple[str, str]:
        """Store ``content`` for getFile; its file_id and file_unique_id."""
        with self._lock:
            number = next(self._file_ids)
            file_id = f"AwACAgQAAxkBAAI{number:06d}{kind}"
            self._files[file_id] = (f"{kind}/file_{number}.{extension}", content)
        return file_id, f"AgAD{number:06d}"

    # ----- state helpers (called with the lock held) ------------------------------------------

    def _next_message_id(self, chat_id: int) -> int:
        # In a private chat the user's and the bot's messages share one counter.
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _chat(self, chat_id: int) -> dict[str, Any]:
        user = self._users.get(chat_id, {"first_name": "Fatima"})
        return {"id": chat_id, "first_name": user["first_name"], "type": "private"}

    def _remember_chat(self, update: dict[str, Any]) -> None:
        for kind in ("message", "edited_message", "callback_query"):
            body = update.get(kind)
            if body and body.get("from") and not body["from"].get("is_bot"):
                self._users.setdefault(body["from"]["id"], body["from"])

    def _known_chat(self, params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise ApiError(400, "Bad Request: chat_id is empty")
        if not isinstance(chat_id, int) or chat_id not in self._users:
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    def _bot_message(self, chat_id: int, content: dict[str, Any], markup: Any) -> dict[str, Any]:
        message = {
            "message_id": self._next_message_id(chat_id),
            "from": dict(self.bot_user),
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            **content,
        }
        inline = _inline_keyboard(markup)
        if inline is not None:
            message["reply_markup"] = inline
        self._messages[(chat_id, message["message_id"])] = message
        return message

    # ----- the Bot API --------------------------------------------------------------------------

    def handle(
        self,
        token: str,
        method: str,
        params: dict[str, Any],
        files: dict[str, bytes],
        client_gone: Callable[[], bool] = lambda: False,
    ) -> Any:
        """Answer one call and record it. Raises ApiError for an error answer."""
        arrived = time.monotonic()
        canonical = _METHODS.get(method.lower())
        try:
            if token != self.token:
                raise ApiError(401, "Unauthorized")
            if canonical is None:
                raise ApiError(404, "Not Found")
            with self._lock:
                self._injected(canonical)
                if canonical in self._holding:
                    self._held += 1
                    self._lock.notify_all()
                    while canonical in self._holding and not self._stopping:
                        self._lock.wait()
                    self._held -= 1
            if canonical == "getUpdates":
                result = self._get_updates(params)
            else:
                with self._lock:
                    result = getattr(self, f"_api_{canonical}")(params, files)
        except ApiError as error:
            self._record(
                canonical or method, params, arrived, False, None, error.description, files, client_gone()
            )
            raise
        self._record(canonical, params, arrived, True, result, None, files, client_gone())
        return result

    def _record(self, method: str, *fields: Any) -> None:
        with self._lock:
            self._calls.append(Call(len(self._calls), method, *fields))
            self._lock.notify_all()

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = min(max(float(params.get("timeout") or 0), 0.0), MAX_POLL_SECONDS)
        deadline = time.monotonic() + timeout
        with self._lock:
            if self._webhook.get("url"):
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            self._poller += 1
            generation = self._poller
            if offset > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            elif offset < 0:
                self._updates = self._updates[offset:]
            allowed = params.get("allowed_updates") or list(UPDATE_TYPES)
            while True:
                if self._poller != generation:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; "
                        "make sure that only one bot instance is running",
                    )
                ready = [u for u in self._updates if any(kind in u for kind in allowed)][:limit]
                remaining = deadline - time.monotonic()
                if ready or remaining <= 0 or self._stopping:
                    return json.loads(json.dumps(ready))
                self._lock.wait(remaining)

    def _api_getMe(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _api_sendMessage(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat_id = self._known_chat(params)
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_length(text) > MAX_TEXT_LENGTH:
            raise ApiError(400, "Bad Request: message is too long")
        markup = _check_markup(params.get("reply_markup"))
        return self._bot_message(chat_id, {"text": text}, markup)

    def _api_sendPhoto(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat_id = self._known_chat(params)
        photo = params.get("photo")
        if isinstance(photo, str) and photo.startswith("attach://"):
            photo = files.get(photo.removeprefix("attach://"))
        if "photo" in files:
            photo = files["photo"]
        if not photo:
            raise ApiError(400, "Bad Request: there is no photo in the request")
        caption = params.get("caption")
        if caption and utf16_length(caption) > MAX_CAPTION_LENGTH:
            raise ApiError(400, "Bad Request: message caption is too long")
        content = photo if isinstance(photo, bytes) else str(photo).encode()
        file_id, unique_id = self._add_file("photos", "jpg", content)
        sizes = [
            {
                "file_id": f"{file_id}{w}",
                "file_unique_id": f"{unique_id}{w}",
                "width": w,
                "height": w * 3 // 4,
            }
            for w in (90, 320, 800)
        ]
        body: dict[str, Any] = {"photo": sizes}
        if caption:
            body["caption"] = caption
        return self._bot_message(chat_id, body, _check_markup(params.get("reply_markup")))

    def _api_sendVenue(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat_id = self._known_chat(params)
        location = _venue_location(params)
        # Telegram documents title and address as required; its refusal words those of a missing parameter.
        for name in ("title", "address"):
            if not str(params.get(name) or "").strip():
                raise ApiError(400, f'Bad Request: parameter "{name}" is required')
        venue: dict[str, Any] = {"location": location, "title": params["title"], "address": params["address"]}
        for provider in ("foursquare", "google_place"):
            for part in ("id", "type"):
                if params.get(f"{provider}_{part}"):
                    venue[f"{provider}_{part}"] = params[f"{provider}_{part}"]
        # A venue message carries its location twice, as Telegram sends it.
        body = {"location": dict(location), "venue": venue}
        return self._bot_message(chat_id, body, _check_markup(params.get("reply_markup")))

    def _api_sendChatAction(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        self._known_chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._open_queries:
            raise ApiError(400, QUERY_TOO_OLD)
        text = params.get("text")
        if text and len(text) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._open_queries.discard(query_id)
        return True

    def _edited(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: MESSAGE_ID_INVALID")
        chat_id = self._known_chat(params)
        message = self._messages.get((chat_id, params.get("message_id")))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message

    def _api_editMessageReplyMarkup(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        message = self._edited(params)
        inline = _inline_keyboard(_check_markup(params.get("reply_markup")))
        if inline == message.get("reply_markup"):
            raise ApiError(400, NOT_MODIFIED)
        message.pop("reply_markup", None)
        if inline is not None:
            message["reply_markup"] = inline
        message["edit_date"] = int(time.time())
        return message

    def _api_editMessageText(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        message = self._edited(params)
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_length(text) > MAX_TEXT_LENGTH:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        if "text" not in message:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        inline = _inline_keyboard(_check_markup(params.get("reply_markup")))
        if text == message["text"] and inline == message.get("reply_markup"):
            raise ApiError(400, NOT_MODIFIED)
        message["text"] = text
        message.pop("reply_markup", None)
        if inline is not None:
            message["reply_markup"] = inline
        message["edit_date"] = int(time.time())
        return message

    def _api_deleteMessage(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        chat_id = self._known_chat(params)
        if self._messages.pop((chat_id, params.get("message_id")), None) is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        return True

    def _api_getFile(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        file_id = str(params.get("file_id") or "")
        if file_id not in self._files:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, content = self._files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id[-12:]}",
            "file_size": len(content),
            "file_path": path,
        }

    def file_content(self, token: str, path: str) -> bytes | None:
        """The bytes served at ``/file/bot<token>/<path>``, or None."""
        with self._lock:
            if token != self.token:
                return None
            return next((content for p, content in self._files.values() if p == path), None)

    def _commands_key(self, params: dict[str, Any]) -> str:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)

    def _api_setMyCommands(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            if not isinstance(command, dict) or not COMMAND_NAME.match(str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description") or "")) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[self._commands_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    def _api_getMyCommands(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return self._commands.get(self._commands_key(params), [])

    def _api_deleteMyCommands(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        self._commands.pop(self._commands_key(params), None)
        return True

    def _api_setWebhook(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        url = str(params.get("url") or "")
        if not url:
            return self._api_deleteWebhook(params, files)
        host = urlsplit(url).hostname or ""
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if urlsplit(url).scheme not in ("http", "https") or not loopback:
            raise ApiError(
                400, "Bad Request: bad webhook: the fake server delivers only to loopback addresses"
            )
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {
            "url": url,
            "secret_token": params.get("secret_token"),
            "allowed_updates": params.get("allowed_updates"),
            "max_connections": int(params.get("max_connections") or 40),
        }
        self._webhook_error = None
        self._poller += 1  # a waiting getUpdates ends
        self._lock.notify_all()
        if self._deliverer is None or not self._deliverer.is_alive():
            self._deliverer = threading.Thread(
                target=self._deliver, name="fake-telegram-webhook", daemon=True
            )
            self._deliverer.start()
            if self.webhook_per_chat:
                self._deliverers = [
                    threading.Thread(target=self._deliver, name=f"fake-telegram-webhook-{n}", daemon=True)
                    for n in range(1, self._webhook["max_connections"])
                ]
                for thread in self._deliverers:
                    thread.start()
        return True

    def _api_deleteWebhook(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {}
        self._lock.notify_all()
        return True

    def _api_getWebhookInfo(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        info: dict[str, Any] = {
            "url": self._webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self._webhook:
            info["max_connections"] = self._webhook["max_connections"]
            info["ip_address"] = "127.0.0.1"
            if self._webhook.get("allowed_updates"):
                info["allowed_updates"] = self._webhook["allowed_updates"]
        if self._webhook_error:
            info["last_error_date"], info["last_error_message"] = self._webhook_error
        return info

    def _api_close(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return True

    def _api_logOut(self, params: dict[str, Any], files: dict[str, bytes]) -> Any:
        return True

    # ----- webhook delivery -------------------------------------------------------------------

    def _deliver(self) -> None:
        """POST pending updates one at a time to the webhook, oldest first; retry with a growing pause.

        With ``webhook_per_chat`` each of several threads takes the oldest update of a chat that has none
        under way (and is not waiting to retry), so chats go in parallel and each chat's updates in order.
        """
        failures = 0
        while True:
            with self._lock:
                while True:
                    if self._stopping:
                        return
                    if not self._webhook.get("url"):
                        self._lock.wait(1.0)
                        if not self._webhook.get("url") and not self._stopping:
                            return
                        continue
                    update = self._next_delivery()
                    if update is not None:
                        break
                    self._lock.wait(0.1 if self.webhook_per_chat else 1.0)
                hook = dict(self._webhook)
                chat = _update_chat(update)
                self._in_flight.add(chat)
                if self._balanced:
                    path = urlsplit(hook["url"]).path
                    base = self._balanced[self._deliveries % len(self._balanced)].rstrip("/")
                    hook["url"] = base + path
            request = urllib.request.Request(
                hook["url"], data=json.dumps(update).encode(), headers={"Content-Type": "application/json"}
            )
            if hook.get("secret_token"):
                request.add_header("X-Telegram-Bot-Api-Secret-Token", hook["secret_token"])
            try:
                with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT_SECONDS) as response:
                    delivered = 200 <= response.status < 300
                    reason = f"Wrong response from the webhook: {response.status} {response.reason}"
            except urllib.error.HTTPError as error:
                delivered, reason = False, f"Wrong response from the webhook: {error.code} {error.reason}"
            except OSError as error:
                delivered, reason = False, f"Connection refused: {error}"
            with self._lock:
                self._in_flight.discard(chat)
                self._lock.notify_all()
                if self._balanced:
                    self._deliveries += 1  # a failed instance's update goes to the next one, as a balancer does
                if delivered:
                    failures = 0
                    self._chat_failures.pop(chat, None)
                    self._acknowledged.append((update["update_id"], hook["url"]))
                    for index, pending in enumerate(self._updates):
                        if pending is update:
                            del self._updates[index]
                            break
                    continue
                self._webhook_error = (int(time.time()), reason)
                if self.webhook_per_chat:
                    self._chat_failures[chat] = self._chat_failures.get(chat, 0) + 1
                    pause = WEBHOOK_RETRY_SECONDS[min(self._chat_failures[chat], len(WEBHOOK_RETRY_SECONDS)) - 1]
                    self._chat_retry_at[chat] = time.monotonic() + pause
                    continue
                retry_at = (
                    time.monotonic() + WEBHOOK_RETRY_SECONDS[min(failures, len(WEBHOOK_RETRY_SECONDS) - 1)]
                )
                failures += 1
                while not self._stopping and time.monotonic() < retry_at:
                    self._lock.wait(retry_at - time.monotonic())

    def _next_delivery(self) -> dict[str, Any] | None:
        """The update to deliver next (under the lock): the oldest, or per chat the oldest of a free chat."""
        if not self.webhook_per_chat:
            return self._updates[0] if self._updates else None
        now, passed = time.monotonic(), set()
        for update in self._updates:
            chat = _update_chat(update)
            if chat in passed:
                continue
            if chat in self._in_flight or self._chat_retry_at.get(chat, 0.0) > now:
                passed.add(chat)  # its later updates wait for this one
                continue
            return update
        return None


def _update_chat(update: dict[str, Any]) -> Any:
    """The chat an update belongs to (Telegram delivers one at a time per chat); its own id when none."""
    for kind in ("message", "edited_message", "channel_post", "edited_channel_post"):
        if isinstance(update.get(kind), dict) and isinstance(update[kind].get("chat"), dict):
            return update[kind]["chat"].get("id")
    query = update.get("callback_query")
    if isinstance(query, dict) and isinstance(query.get("message"), dict):
        return query["message"].get("chat", {}).get("id")
    return ("update", update.get("update_id"))


_METHODS = {
    name.lower(): name
    for name in (
        "getMe",
        "getUpdates",
        "sendMessage",
        "sendPhoto",
        "sendVenue",
        "sendChatAction",
        "answerCallbackQuery",
        "editMessageReplyMarkup",
        "editMessageText",
        "deleteMessage",
        "getFile",
        "setMyCommands",
        "getMyCommands",
        "deleteMyCommands",
        "setWebhook",
        "deleteWebhook",
        "getWebhookInfo",
        "close",
        "logOut",
    )
}


def _check_markup(markup: Any) -> Any:
    """Reject what Telegram rejects in a reply_markup: callback data over 64 bytes, buttons without text."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard") or []:
        for button in row:
            if not str(button.get("text") or "").strip():
                raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return markup


def _venue_location(params: dict[str, Any]) -> dict[str, float]:
    """The latitude and longitude of a sendVenue call, refused as Telegram refuses them.

    Telegram reads a value that is not a number as 0; the fake refuses it, as it would put the pin at sea.
    """
    location: dict[str, float] = {}
    for name in ("latitude", "longitude"):
        value = params.get(name)
        if value is None or str(value).strip() == "":
            raise ApiError(400, f"Bad Request: {name} is empty")
        try:
            location[name] = float(value)
        except (TypeError, ValueError):
            raise ApiError(400, "Bad Request: wrong venue location specified") from None
    if not (abs(location["latitude"]) <= 90 and abs(location["longitude"]) <= 180):
        raise ApiError(400, "Bad Request: wrong venue location specified")
    return location


def _inline_keyboard(markup: Any) -> dict[str, Any] | None:
    """The markup a Message shows: only inline keyboards are echoed back."""
    if isinstance(markup, dict) and markup.get("inline_keyboard") is not None:
        return {"inline_keyboard": markup["inline_keyboard"]}
    return None


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that drops its connection mid-request (a bot killed with -9) is not a fault of the server:
        # no traceback on stderr for it, as Telegram shows none.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive, as python-telegram-bot's httpx client expects."""

    fake: FakeTelegram
    protocol_version = "HTTP/1.1"
    timeout = IDLE_CONNECTION_SECONDS
    server_version = "nginx/1.18.0"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        with self.fake._lock:
            self.fake._connections.add(self.connection)

    def finish(self) -> None:
        with self.fake._lock:
            self.fake._connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        with self.fake._lock:
            self.fake._busy += 1
        try:
            self._answer_request()
        finally:
            with self.fake._lock:
                self.fake._busy -= 1
                self.fake._lock.notify_all()

    def _answer_request(self) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        if path.startswith("/file/bot"):
            token, _, file_path = path.removeprefix("/file/bot").partition("/")
            content = self.fake.file_content(token, file_path)
            self._read_body()
            if content is None:
                self._answer(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            else:
                self._send(200, content, "application/octet-stream")
            return
        match = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)/?", path)
        body = self._read_body()
        if match is None:
            self._answer(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        try:
            params, files = self._parameters(parts.query, body)
        except ValueError:
            self._answer(
                400, {"ok": False, "error_code": 400, "description": "Bad Request: can't parse request"}
            )
            return
        try:
            result = self.fake.handle(match[1], match[2], params, files, self._client_gone)
        except ApiError as error:
            answer: dict[str, Any] = {"ok": False, "error_code": error.code, "description": error.description}
            if error.parameters:
                answer["parameters"] = error.parameters
            self._answer(error.code, answer)
            return
        self._answer(200, {"ok": True, "result": result})

    def _client_gone(self) -> bool:
        """True when the client has closed its end of the connection (nothing left to read, EOF)."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _parameters(self, query: str, body: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
        params = {name: decode_field(name, value) for name, value in parse_qsl(query, keep_blank_values=True)}
        files: dict[str, bytes] = {}
        content_type = self.headers.get("Content-Type") or ""
        if content_type.startswith("application/json") and body:
            decoded = json.loads(body)
            if not isinstance(decoded, dict):
                raise ValueError("a JSON body must be an object")
            params.update(decoded)
        elif content_type.startswith("multipart/form-data"):
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                f"Content-Type: {content_type}\r\n\r\n".encode() + body
            )
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                if not name:
                    continue
                payload = part.get_payload(decode=True) or b""
                if part.get_filename() is not None:
                    files[name] = payload
                else:
                    params[name] = decode_field(name, payload.decode())
        elif body:
            text = body.decode()
            params.update((n, decode_field(n, v)) for n, v in parse_qsl(text, keep_blank_values=True))
        return params, files

    def _answer(self, status: int, payload: dict[str, Any]) -> None:
        self._send(status, json.dumps(payload, ensure_ascii=False).encode(), "application/json")

    def _send(self, status: int, content: bytes, content_type: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)
        except OSError:
            self.close_connection = True
