"""The sender against the fake Bot API: each answer Telegram gives becomes the outcome the caller stores."""

from __future__ import annotations

import asyncio

import pytest

from outreach.sender import DepartureGate, Outcome, RateLimit, Sender
from tests.fake_telegram.server import FakeTelegram
from tests.outreach.conftest import known_chat

MESSAGE = {
    "text": "تذكير",
    "buttons": [
        {"title": "أ", "payload": "/artisan_card"},
        {"title": "ب", "payload": "/find_office"},
        {"title": "ج", "payload": "/stop_reminders"},
    ],
    "custom": {"rtl": True},
}


async def test_a_sent_message_has_its_id_and_keyboard_laid_out_as_the_bot_does(
    sender: Sender, telegram: FakeTelegram
) -> None:
    chat = known_chat(telegram, 5101)
    since = telegram.mark()
    delivery = await sender.send(chat, MESSAGE)
    call = telegram.wait_for("sendMessage", lambda c: c.chat_id == chat, since=since)
    assert delivery.outcome is Outcome.SENT
    assert delivery.message_id == call.result["message_id"]
    rows = call.params["reply_markup"]["inline_keyboard"]
    # Two a row, read from the right in Arabic.
    assert [[b["callback_data"] for b in row] for row in rows] == [
        ["/find_office", "/artisan_card"],
        ["/stop_reminders"],
    ]


async def test_a_user_who_blocked_the_bot_is_blocked(sender: Sender, telegram: FakeTelegram) -> None:
    chat = known_chat(telegram, 5102)
    telegram.block(chat)
    delivery = await sender.send(chat, MESSAGE)
    assert delivery.outcome is Outcome.BLOCKED
    assert "blocked" in delivery.detail


async def test_a_chat_telegram_does_not_know_is_blocked_too(sender: Sender) -> None:
    assert (await sender.send(5999, MESSAGE)).outcome is Outcome.BLOCKED


async def test_a_conversation_that_is_not_a_telegram_chat_is_not_sent(
    sender: Sender, telegram: FakeTelegram
) -> None:
    since = telegram.mark()
    assert (await sender.send("cli-1234", MESSAGE)).outcome is Outcome.BLOCKED
    assert telegram.calls("sendMessage", since=since) == []


async def test_a_message_telegram_refuses_fails_for_good(sender: Sender, telegram: FakeTelegram) -> None:
    chat = known_chat(telegram, 5103)
    delivery = await sender.send(chat, {**MESSAGE, "text": " "})
    assert delivery.outcome is Outcome.FAILED
    assert "empty" in delivery.detail


async def test_flood_control_is_retried_after_telegrams_delay_and_pauses_every_send(
    sender: Sender, telegram: FakeTelegram
) -> None:
    chat = known_chat(telegram, 5104)
    telegram.fail("sendMessage", 429, count=1, retry_after=3)
    delivery = await sender.send(chat, MESSAGE)
    assert (delivery.outcome, delivery.retry_after, delivery.uncertain) == (Outcome.RETRY, 3.0, False)
    assert sender.limit._next - sender.limit._monotonic() > 2.5


@pytest.mark.parametrize("code", [500, 502, 503])
async def test_a_server_error_is_retried_as_not_delivered(
    sender: Sender, telegram: FakeTelegram, code: int
) -> None:
    chat = known_chat(telegram, 5105)
    telegram.fail("sendMessage", code, count=1)
    delivery = await sender.send(chat, MESSAGE)
    assert (delivery.outcome, delivery.uncertain) == (Outcome.RETRY, False)
    assert delivery.retry_after > 0


async def test_buttons_whose_payload_is_too_long_are_left_out(sender: Sender, telegram: FakeTelegram) -> None:
    chat = known_chat(telegram, 5106)
    since = telegram.mark()
    long = {"title": "x", "payload": "/artisan_card" + "x" * 80}
    await sender.send(chat, {**MESSAGE, "buttons": [long, MESSAGE["buttons"][0]], "custom": {}})
    call = telegram.wait_for("sendMessage", lambda c: c.chat_id == chat, since=since)
    assert [b["callback_data"] for b in call.buttons] == ["/artisan_card"]


class FakeTime:
    """A monotonic clock that moves only when the rate limit sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))


async def test_sends_are_spaced_by_the_global_rate() -> None:
    time = FakeTime()
    limit = RateLimit(rate=25, monotonic=time.monotonic, sleep=time.sleep)
    for chat in (1, 2, 3):
        await limit.wait(chat)
    # 25 a second and the departure gate's margin: 25 in every 1.05 s.
    assert time.slept == [0.042, 0.084]


async def test_a_second_message_to_one_chat_waits_a_second() -> None:
    time = FakeTime()
    limit = RateLimit(rate=25, monotonic=time.monotonic, sleep=time.sleep)
    await limit.wait(7)
    await limit.wait(7)
    await limit.wait(8)
    assert time.slept == [1.0, 1.042]


def test_the_rate_must_be_positive() -> None:
    with pytest.raises(ValueError):
        RateLimit(rate=0)


class SteppingTime(FakeTime):
    """A monotonic clock that each sleep moves forward by what was slept."""

    async def sleep(self, seconds: float) -> None:
        await super().sleep(seconds)
        self.now += max(0.0, seconds)


def busiest_second(departures: list[float]) -> int:
    """The most requests that left within one second (Telegram's count), over every window starting at one."""
    return max(sum(start <= other < start + 1.0 for other in departures) for start in departures)


async def test_after_a_stall_no_second_holds_more_than_the_rate() -> None:
    time = SteppingTime()
    limit = RateLimit(rate=5, monotonic=time.monotonic, sleep=time.sleep)
    for chat in range(5):
        await limit.wait(chat)  # slots 0, 0.2 … 0.8 s
    departures: list[float] = []
    # The first four were held up after their slot (a slow commit): all five leave together, at 0.8 s.
    for _ in range(5):
        async with limit.departure():
            departures.append(time.now)
    assert departures == [departures[0]] * 5
    # The next ones leave on their own slots (1.0, 1.2 … s): with the five late ones, 10 in a second.
    for chat in range(5, 20):
        await limit.wait(chat)
        async with limit.departure():
            departures.append(time.now)
    assert busiest_second(departures) <= 5
    # Held back, not stopped: 20 sends at 5 a second take about 4 seconds (the first five left together).
    assert departures[-1] - departures[0] < 4.0


async def test_requests_leave_the_gate_in_the_order_they_came() -> None:
    time = FakeTime()
    woken = asyncio.Event()

    async def sleep(seconds: float) -> None:
        await woken.wait()
        time.now += seconds

    gate = DepartureGate(rate=1, monotonic=time.monotonic, sleep=sleep)
    left: list[str] = []

    async def request(name: str) -> None:
        await gate.wait()
        left.append(name)
        gate.answered()

    await request("first")
    waiting = asyncio.create_task(request("waiting"))
    await asyncio.sleep(0)  # at the gate, the second full: it waits
    time.now += 2.0  # its second has passed, but it has not woken yet
    late = asyncio.create_task(request("late"))
    await asyncio.sleep(0)
    woken.set()
    await asyncio.gather(waiting, late)
    # A request that came later does not take the place of one already waiting (its row claimed meanwhile).
    assert left == ["first", "waiting", "late"]


async def test_a_request_counts_until_its_answer_so_a_slow_network_cannot_bunch_them() -> None:
    # Telegram sees a request at some moment between its leaving and its answer: the one after the
    # capacity waits for a whole window after the first answer, however late that answer comes.
    time = SteppingTime()
    gate = DepartureGate(rate=2, monotonic=time.monotonic, sleep=time.sleep)
    await gate.wait()
    await gate.wait()
    third = asyncio.create_task(gate.wait())
    await asyncio.sleep(0)
    time.now += 5.0  # both still on their way: five seconds pass and the third has not left
    await asyncio.sleep(0)
    assert not third.done()
    gate.answered()
    answered_at = time.now
    await third
    assert time.now >= answered_at + gate.window
    # The second, answered even later, holds the fourth back from its own answer.
    time.now += 3.0
    gate.answered()
    second_answered_at = time.now
    await gate.wait()
    assert time.now >= second_answered_at + gate.window
