"""Sending one message the assistant starts (a reminder, an announcement) to a Telegram chat, within limits.

Telegram lets a bot send about 30 messages a second in all and one a second to a chat. The sender
keeps under both: ``rate`` messages a second in all (25 by default, HIRFA_OUTREACH_RATE, which leaves
room for the bot's own answers) and one a second per chat; several sends may run concurrently
(``asyncio.gather``), each waits for its slot. A 429 pauses every send for the time Telegram asks.
Right before each request leaves, a departure gate checks that no second Telegram counts can hold more
than the rate, even when sends held up (a slow commit, a busy event loop, a slow network) bunch together.

What Telegram answered is returned, never raised, so that the caller stores it::

    Delivery
    ├── SENT      message_id
    ├── BLOCKED   403 (blocked by the user, user deactivated, kicked), 400 chat not found / user deactivated:
    │             never retry this chat
    ├── FAILED    another 400 (the message itself is wrong): retrying would fail again
    └── RETRY     retry_after seconds (429's own, else a default), then one of:
        ├── uncertain=False  it cannot have been delivered (429, 5xx, refused connection): send again
        └── uncertain=True   cut off after the request left (time-out, dropped connection): it may
                             have been delivered, and the caller decides whether a duplicate is worse
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import math
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from telegram import Bot
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.keyboards import MAX_CALLBACK_BYTES, keyboard
from hirfa.settings import Settings

logger = logging.getLogger(__name__)

DEFAULT_RATE = 25.0
PER_CHAT_SECONDS = 1.0
# When Telegram gives no delay of its own (5xx, network), try again after this.
DEFAULT_RETRY_SECONDS = 60.0
# The departure gate's window: one second and a margin for the rounding of Telegram's own clock.
GATE_MARGIN = 0.05
# Telegram's descriptions (400) that mean the chat cannot be written to, as a 403 does.
_UNREACHABLE = (
    "chat not found",
    "user is deactivated",
    "bot was blocked",
    "peer_id_invalid",
    "user not found",
)
# httpx errors (as python-telegram-bot names them in NetworkError) raised before the request was sent.
_NEVER_SENT = ("ConnectError", "ConnectTimeout", "Pool timeout", "PoolTimeout", "UnsupportedProtocol")


class Outcome(str, enum.Enum):
    """What became of one message."""

    SENT = "sent"
    BLOCKED = "blocked"
    FAILED = "failed"
    RETRY = "retry"


@dataclass(frozen=True)
class Delivery:
    """The outcome of one send, with what the caller stores or waits for."""

    outcome: Outcome
    message_id: int | None = None
    retry_after: float = 0.0  # seconds, for RETRY
    uncertain: bool = False  # RETRY only: the message may have been delivered all the same
    detail: str = ""  # Telegram's description or the network error, for the record


class DepartureGate:
    """At most ``rate`` requests in any window of one second (plus a margin) *as Telegram counts them*.

    A request reaches Telegram at some moment between leaving and its answer, and the sender cannot know
    when: so a request counts from the moment it leaves until one window after its answer. Then any
    second Telegram counts holds at most ``rate`` of them, however the network or a loaded machine delays
    and bunches them. Counting departures only was not enough: the rate limit spaces the slots evenly,
    but sends held up on the way reached the fake Bot API together (31 in a second for a rate of 25, on
    CI's loaded machine).
    """

    def __init__(
        self,
        rate: float,
        window: float = 1.0 + GATE_MARGIN,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.capacity = max(1, math.floor(rate))
        self.window = window
        self._monotonic = monotonic
        self._sleep = sleep
        self._in_flight = 0
        self._answered: deque[float] = deque()
        self._landed = asyncio.Event()
        # Requests leave in the order they came to the gate. Without the queue, waiters woken together race
        # for each free place and one can lose for seconds while its row stays claimed: a kill then loses
        # its message rather than leaving it merely unconfirmed (seen in the kill test on a loaded machine).
        self._queue = asyncio.Lock()

    async def wait(self) -> None:
        """Return when one more request may leave now (and count it as in flight); first come, first gone.
        Each return must be followed by one ``answered()``, whatever became of the request."""
        async with self._queue:
            while True:
                now = self._monotonic()
                # A nanosecond's tolerance: a sleep to the very end of the window must not come back a rounding short.
                while self._answered and now - self._answered[0] >= self.window - 1e-9:
                    self._answered.popleft()
                if self._in_flight + len(self._answered) < self.capacity:
                    self._in_flight += 1
                    return
                if self._answered:
                    # Requests still in flight will be answered later still: the oldest answer frees a place first.
                    await self._sleep(self.window - (now - self._answered[0]))
                else:
                    self._landed.clear()
                    await self._landed.wait()

    def answered(self) -> None:
        """A request that left is over (answered, refused or cut off): it counts one window more."""
        self._in_flight -= 1
        self._answered.append(self._monotonic())
        self._landed.set()


class RateLimit:
    """Slots for sends: at most ``rate`` a second in all and one per ``per_chat`` seconds to a chat.

    Each send reserves its slot under a lock and waits for it outside, so concurrent sends go out
    evenly spaced and never faster than the rate (a chat's wait may leave a slot unused); ``departure``,
    around the request, holds back a send that could put more than the rate into one second.
    """

    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        per_chat: float = PER_CHAT_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("the rate must be above 0 messages a second")
        # Slots as far apart as the departure gate lets requests go, so that a claimed row waits at the gate
        # only after a stall, not on every send.
        self.interval = (1.0 + GATE_MARGIN) / rate
        self.per_chat = per_chat
        self._monotonic = monotonic
        self._sleep = sleep
        self._next = 0.0
        self._chat_next: dict[Any, float] = {}
        self._lock = asyncio.Lock()
        self._gate = DepartureGate(rate, monotonic=monotonic, sleep=sleep)

    async def wait(self, chat_id: Any) -> None:
        """Wait for the next slot open to ``chat_id``."""
        async with self._lock:
            now = self._monotonic()
            slot = max(now, self._next, self._chat_next.get(chat_id, 0.0))
            self._next = slot + self.interval
            self._chat_next[chat_id] = slot + self.per_chat
            if len(self._chat_next) > 10_000:
                # Chats whose second has passed need no memory.
                self._chat_next = {c: t for c, t in self._chat_next.items() if t > now}
        delay = slot - now
        if delay > 0:
            await self._sleep(delay)

    @contextlib.asynccontextmanager
    async def departure(self) -> AsyncIterator[None]:
        """Around a request: wait until it can go without more than the rate in one second, and count it
        until its answer (the departure gate)."""
        await self._gate.wait()
        try:
            yield
        finally:
            self._gate.answered()

    def pause(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (Telegram's flood control applies to the whole bot)."""
        self._next = max(self._next, self._monotonic() + seconds)


class Sender:
    """python-telegram-bot's ``Bot`` behind the rate limit. Use ``async with`` (or ``start``/``close``)."""

    def __init__(self, bot: Bot, limit: RateLimit | None = None) -> None:
        self.bot = bot
        self.limit = limit or RateLimit()
        self._started = False

    async def start(self) -> None:
        """Open the Bot API client."""
        if self._started:
            raise RuntimeError("the sender is started already")
        await self.bot.initialize()
        self._started = True

    async def close(self) -> None:
        """Close the Bot API client."""
        if self._started:
            self._started = False
            await self.bot.shutdown()

    async def __aenter__(self) -> Sender:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def send(self, chat_id: int | str, message: dict[str, Any], *, wait: bool = True) -> Delivery:
        """Send a rendered reply (``text``, ``buttons``, ``custom.rtl``, as replies.render makes) to ``chat_id``.

        ``wait=False``: the caller already waited for the chat's slot (``limit.wait``), e.g. to claim its row
        between the slot and the request, so that a crash loses as little as possible.
        """
        custom = message.get("custom") or {}
        buttons = message.get("buttons") or []
        # A longer payload would need the bot's own key map (shared state): such a button is left out.
        fitting = [b for b in buttons if len(b["payload"].encode()) <= MAX_CALLBACK_BYTES]
        if len(fitting) < len(buttons):
            logger.warning(
                "Buttons with payloads over %d bytes left out of an outreach message", MAX_CALLBACK_BYTES
            )
        markup = keyboard(fitting, bool(custom.get("rtl")), {})
        try:
            chat = int(chat_id)
        except (TypeError, ValueError):
            return Delivery(Outcome.BLOCKED, detail=f"{chat_id!r} is not a Telegram chat")
        if wait:
            await self.limit.wait(chat)
        try:
            async with self.limit.departure():
                sent = await self.bot.send_message(chat, message["text"], reply_markup=markup)
        except RetryAfter as error:
            seconds = _seconds(error.retry_after)
            self.limit.pause(seconds)
            return Delivery(Outcome.RETRY, retry_after=seconds, detail=str(error))
        except Forbidden as error:
            return Delivery(Outcome.BLOCKED, detail=error.message)
        except BadRequest as error:
            unreachable = any(words in error.message.lower() for words in _UNREACHABLE)
            return Delivery(Outcome.BLOCKED if unreachable else Outcome.FAILED, detail=error.message)
        except TimedOut as error:
            never_sent = any(words in str(error) for words in _NEVER_SENT)
            return Delivery(
                Outcome.RETRY, retry_after=DEFAULT_RETRY_SECONDS, uncertain=not never_sent, detail=str(error)
            )
        except NetworkError as error:
            text = str(error)
            # "httpx.ReadError", "RemoteProtocolError": the request went, the answer did not come back.
            uncertain = text.startswith("httpx.") and not any(words in text for words in _NEVER_SENT)
            return Delivery(
                Outcome.RETRY, retry_after=DEFAULT_RETRY_SECONDS, uncertain=uncertain, detail=text
            )
        except InvalidToken as error:
            # Our configuration, not the user: nothing went, everything waits for a good token.
            logger.error("Telegram refused the bot token: %s", error)
            return Delivery(Outcome.RETRY, retry_after=DEFAULT_RETRY_SECONDS, detail=str(error))
        except TelegramError as error:
            return Delivery(Outcome.FAILED, detail=str(error))
        return Delivery(Outcome.SENT, message_id=sent.message_id)


def _seconds(value: int | float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def sender_for(settings: Settings) -> Sender | None:
    """A sender for the configured bot, or None when TELEGRAM_BOT_TOKEN is not set."""
    if not settings.telegram_bot_token:
        return None
    bot = Bot(settings.telegram_bot_token, base_url=settings.telegram_api_base_url)
    return Sender(bot, RateLimit(settings.outreach_rate))
