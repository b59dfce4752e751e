"""The bot's calls stay within Telegram's budget, counted once for every instance; typing indicators never
take an answer's place."""

import asyncio

import pytest

import bot.rate_limits
from bot.rate_limits import AnswersFirstRateLimiter
from bot.shared_state import MemoryState


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def run(limiter: AnswersFirstRateLimiter, endpoint: str, calls: list[str], chat_id: int = 7) -> object:
    async def callback() -> dict:
        calls.append(endpoint)
        return {"ok": endpoint}

    return asyncio.run(limiter.process_request(callback, (), {}, endpoint, {"chat_id": chat_id}, None))


def limiter_on(state: MemoryState, **options: float) -> AnswersFirstRateLimiter:
    return AnswersFirstRateLimiter(state, **options)


def test_typing_goes_through_while_the_budget_has_room() -> None:
    limiter = limiter_on(MemoryState(clock=Clock()), courtesy_ceiling=3)
    calls: list[str] = []
    run(limiter, "sendMessage", calls)
    assert run(limiter, "sendChatAction", calls) == {"ok": "sendChatAction"}
    assert calls == ["sendMessage", "sendChatAction"]
    assert limiter.skipped == 0


def test_typing_is_skipped_when_the_last_seconds_are_busy_and_answers_still_go() -> None:
    clock = Clock()
    limiter = limiter_on(MemoryState(clock=clock), courtesy_ceiling=3, window=1.0)
    calls: list[str] = []
    for _ in range(3):
        run(limiter, "sendMessage", calls)
    assert run(limiter, "sendChatAction", calls) is True  # Telegram's own answer, without calling it
    assert run(limiter, "sendMessage", calls) == {"ok": "sendMessage"}
    assert calls == ["sendMessage"] * 4
    assert limiter.skipped == 1

    clock.now += 1.5  # the busy window is over
    run(limiter, "sendChatAction", calls)
    assert calls[-1] == "sendChatAction"


def test_calls_without_a_chat_are_not_counted() -> None:
    limiter = limiter_on(MemoryState(clock=Clock()), courtesy_ceiling=1)
    calls: list[str] = []

    async def get_updates() -> list:
        calls.append("getUpdates")
        return []

    for _ in range(5):
        asyncio.run(limiter.process_request(get_updates, (), {}, "getUpdates", {}, None))
    run(limiter, "sendChatAction", calls)
    assert calls[-1] == "sendChatAction"


def test_a_quiet_second_inside_a_busy_stretch_opens_no_room() -> None:
    # At 30 answers a second a pause upstream leaves one quiet second; typing sent then would take answers'
    # places for good (the burst after the pause needs them all).
    clock = Clock()
    limiter = limiter_on(MemoryState(clock=clock), courtesy_ceiling=2, window=3.0)
    calls: list[str] = []
    for _ in range(2):
        for _ in range(3):
            run(limiter, "sendMessage", calls)
        clock.now += 1.0
    clock.now += 0.5  # a pause: nothing sent for 1.5 s
    assert not asyncio.run(limiter.has_room())
    assert run(limiter, "sendChatAction", calls) is True
    assert "sendChatAction" not in calls
    clock.now += 3.0  # the whole window quiet
    assert asyncio.run(limiter.has_room())


def test_two_instances_on_one_state_share_one_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(bot.rate_limits.asyncio, "sleep", sleep)
    state = MemoryState(clock=Clock())
    first, second = limiter_on(state), limiter_on(state)
    calls: list[str] = []
    for n in range(30):  # a burst of a whole second's budget, from both instances
        run((first, second)[n % 2], "sendMessage", calls)
    assert waits == []
    run(second, "sendMessage", calls)
    run(first, "sendMessage", calls)
    assert waits == pytest.approx([1 / 30, 2 / 30]), "the 31st and 32nd calls wait for their places"
    assert len(calls) == 32
