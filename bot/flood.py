"""A per-user limit on what the bot receives: fast senders wait their turn, with a notice, never dropped."""

from __future__ import annotations

import time
from collections import defaultdict

from aiolimiter import AsyncLimiter

MESSAGES_PER_WINDOW = 12
WINDOW_SECONDS = 60.0


class FloodGate:
    """One token bucket per user; ``over_limit`` tells when a notice is due (once per window)."""

    def __init__(self, rate: int = MESSAGES_PER_WINDOW, period: float = WINDOW_SECONDS) -> None:
        self._period = period
        self._limiters: defaultdict[int, AsyncLimiter] = defaultdict(lambda: AsyncLimiter(rate, period))
        self._noticed_at: dict[int, float] = {}

    def limiter(self, user_id: int) -> AsyncLimiter:
        """The bucket to acquire before handling this user's message."""
        return self._limiters[user_id]

    def notice_due(self, user_id: int) -> bool:
        """True when this user is over the limit and has not been told in this window."""
        if self._limiters[user_id].has_capacity():
            return False
        now = time.monotonic()
        if now - self._noticed_at.get(user_id, -self._period) < self._period:
            return False
        self._noticed_at[user_id] = now
        return True
