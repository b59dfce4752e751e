"""Telegram's ~30 calls a second, counted once for every bot instance, go to answers first.

Telegram counts a bot's calls, whichever of its processes makes them: the budget is kept in the shared
state (bot/shared_state.py: memory for one process, Redis for several), as a leaky bucket that lets a
burst through after a pause, like PTB's own limiter, which here only handles Telegram's 429 answers and
group limits.

A typing indicator or an "on its way" note only takes a place that is free. At 30 answers a second every
extra call joins a queue that never drains (answers keep arriving as fast as it empties): a few dozen
typing notices sent while Rasa was slow held every later answer back by a second and a half
(bench/telegram_load, 200 chats at 30/s), and "on its way" notes sent to answers delayed that way delayed
the next ones more, 19 s after a 5-minute soak. So a courtesy call is skipped while the calls of the last
``window`` seconds used most of the budget. Several seconds, not one: a stall upstream (Rasa slow for half
a second) costs nothing once it passes, thanks to the burst — unless the quiet second it leaves lets
typing indicators in; 51 of them in a 5-minute soak kept every later answer 0.8 s late (p50 829 ms).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.constants import FloodLimit
from telegram.ext import AIORateLimiter, BaseRateLimiter

from bot.shared_state import SharedState

logger = logging.getLogger(__name__)

# Calls that only show the user something is happening: losing one costs nothing.
COURTESY_ENDPOINTS = frozenset({"sendChatAction"})


class AnswersFirstRateLimiter(BaseRateLimiter[int]):
    """The bot's calls within ``rate`` per ``period`` across instances (``state``); courtesy calls dropped
    while the last ``window`` seconds averaged ``courtesy_ceiling`` calls a second or more."""

    def __init__(
        self,
        state: SharedState,
        max_retries: int = 0,
        rate: int = FloodLimit.MESSAGES_PER_SECOND,
        period: float = 1.0,
        courtesy_ceiling: int = 20,
        window: float = 5.0,
    ) -> None:
        self._state = state
        # PTB's limiter for Telegram's 429 answers (``max_retries``) and group limits, without its own count
        # of the bot's calls: that one is the shared state's.
        self._limiter = AIORateLimiter(overall_max_rate=0, max_retries=max_retries)
        self._rate = int(rate)  # FloodLimit is an IntEnum: Redis would be sent its name
        self._period = period
        self._window = window
        self._ceiling = courtesy_ceiling * window
        self.skipped = 0

    async def initialize(self) -> None:
        await self._limiter.initialize()

    async def shutdown(self) -> None:
        await self._limiter.shutdown()

    async def has_room(self) -> bool:
        """Whether a courtesy call (a typing indicator, an "on its way" note) fits without delaying answers."""
        try:
            return await self._state.sends_within(self._window) < self._ceiling
        except Exception as error:  # the shared state is unreachable: the courtesy is what goes
            logger.warning("Could not read the bot's recent calls: %r", error)
            return False

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if "chat_id" in data:
            if endpoint in COURTESY_ENDPOINTS and not await self.has_room():
                self.skipped += 1
                return True  # what Telegram answers to sendChatAction
            try:
                delay = await self._state.send_delay(self._rate, self._period)
            except Exception as error:
                # The answer still goes: were it over Telegram's budget, its 429 is waited out (PTB's limiter).
                logger.warning("Could not reserve a place in the bot's budget of calls: %r", error)
                delay = 0.0
            if delay:
                await asyncio.sleep(delay)
        return await self._limiter.process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
