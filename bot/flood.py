"""A per-user limit on what the bot receives: fast senders wait their turn, with a notice, never dropped."""

from __future__ import annotations

from bot.shared_state import MemoryState, SharedState

MESSAGES_PER_WINDOW = 12
WINDOW_SECONDS = 60.0


class FloodGate:
    """A bucket of ``rate`` messages per ``period`` for each user, kept where the bot instances share it."""

    def __init__(
        self, rate: int = MESSAGES_PER_WINDOW, period: float = WINDOW_SECONDS, state: SharedState | None = None
    ) -> None:
        self.rate = rate
        self.period = period
        self.state = state or MemoryState()

    async def admit(self, user_id: int) -> tuple[float, bool]:
        """Seconds this message must wait, and whether to tell the user (over the limit, once per window)."""
        delay = await self.state.flood_delay(user_id, self.rate, self.period)
        return delay, delay > 0 and await self.state.notice_once(user_id, self.period)
