"""Telegram's ~30 calls a second go to answers first; a typing indicator only takes a place that is free.

PTB's AIORateLimiter counts every call that names a chat against the same 30 a second, typing indicators
included. At 30 answers a second every extra call joins a queue that never drains (answers keep arriving
as fast as it empties), so a few dozen "typing…" notices sent while Rasa was slow held every later answer
back by a second and a half (bench/telegram_load, 200 chats at 30/s), and the "on its way" notes sent to
answers delayed that way delayed the next ones more: 19 s after a 5-minute soak. A courtesy call is skipped
instead when the last second's calls already used most of the budget.
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
    """Wrap PTB's limiter; drop courtesy calls when the last second's calls reached ``courtesy_ceiling``."""

    def __init__(
        self,
        limiter: AIORateLimiter,
        courtesy_ceiling: int = 20,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limiter = limiter
        self._ceiling = courtesy_ceiling
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
        while self._recent and self._recent[0] <= now - 1.0:
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
