"""Telegram's ~30 calls a second go to answers first; a typing indicator only takes a place that is free.

PTB's AIORateLimiter counts every call that names a chat against the same 30 a second, typing indicators
included. At 30 answers a second every extra call joins a queue that never drains (answers keep arriving
as fast as it empties), so a few dozen "typing…" notices sent while Rasa was slow held every later answer
back by a second and a half (bench/telegram_load, 200 chats at 30/s), and the "on its way" notes sent to
answers delayed that way delayed the next ones more: 19 s after a 5-minute soak. A courtesy call is skipped
instead when the last seconds' calls already used most of the budget.

Over several seconds, not one: PTB's limiter lets a burst through after a pause, so a stall upstream (Rasa
slow for half a second) costs nothing once it passes — unless the quiet second it leaves lets typing
indicators in. At 30 answers a second each of those took an answer's place for good: 51 of them in a
5-minute soak kept every later answer 0.8 s late (p50 829 ms). A sustained rate over ``window`` seconds
only opens room when the bot is really below its budget.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter, BaseRateLimiter

# Calls that only show the user something is happening: losing one costs nothing.
COURTESY_ENDPOINTS = frozenset({"sendChatAction"})


class AnswersFirstRateLimiter(BaseRateLimiter[int]):
    """Wrap PTB's limiter; drop courtesy calls while the calls of the last ``window`` seconds averaged
    ``courtesy_ceiling`` a second or more."""

    def __init__(
        self,
        limiter: AIORateLimiter,
        courtesy_ceiling: int = 20,
        clock: Callable[[], float] = time.monotonic,
        window: float = 5.0,
    ) -> None:
        self._limiter = limiter
        self._window = window
        self._ceiling = courtesy_ceiling * window
        self._clock = clock
        self._recent: deque[float] = deque()
        self.skipped = 0

    async def initialize(self) -> None:
        await self._limiter.initialize()

    async def shutdown(self) -> None:
        await self._limiter.shutdown()

    def has_room(self) -> bool:
        """Whether a courtesy call (a typing indicator, an "on its way" note) fits without delaying answers."""
        now = self._clock()
        while self._recent and self._recent[0] <= now - self._window:
            self._recent.popleft()
        return len(self._recent) < self._ceiling

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
            if endpoint in COURTESY_ENDPOINTS and not self.has_room():
                self.skipped += 1
                return True  # what Telegram answers to sendChatAction
            self._recent.append(self._clock())
        return await self._limiter.process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
