"""Reminders: quiet hours, one a week per user, claim → send → mark, and what each outcome leaves."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from outreach import reminders
from outreach.clock import FixedClock
from outreach.scheduler import Scheduler
from outreach.sender import Delivery, Outcome
from outreach.tick import Tick
from registry.db import Registry
from registry.models import Reminder
from replies.catalogs import load_catalogs

UTC = timezone.utc
MOROCCO = ZoneInfo("Africa/Casablanca")
CHAT, OTHER = "5201", "5202"


def casablanca(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=MOROCCO).astimezone(UTC)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (casablanca(8, 10), casablanca(8, 10)),
        (casablanca(8, 20, 59), casablanca(8, 20, 59)),
        (casablanca(8, 21), casablanca(9, 8)),
        (casablanca(8, 23, 30), casablanca(9, 8)),
        (casablanca(9, 0, 15), casablanca(9, 8)),
        (casablanca(9, 7, 59), casablanca(9, 8)),
        (casablanca(9, 8), casablanca(9, 8)),
    ],
)
def test_quiet_hours_move_a_moment_to_eight_in_the_morning(moment: datetime, expected: datetime) -> None:
    assert reminders.outside_quiet_hours(moment) == expected


def test_a_reminder_asked_late_in_the_evening_falls_due_at_eight_a_week_later() -> None:
    assert reminders.due_after(casablanca(1, 22, 15), "week") == casablanca(9, 8)
    assert reminders.due_after(casablanca(1, 10), "month") == casablanca(31, 10)


class StubSender:
    """Answers every send with ``delivery`` and records what was sent."""

    def __init__(self, delivery: Delivery | None = None) -> None:
        self.delivery = delivery or Delivery(Outcome.SENT, message_id=77)
        self.sent: list[tuple[str, dict]] = []

    async def send(self, chat_id: str, message: dict) -> Delivery:
        self.sent.append((chat_id, message))
        return self.delivery


@pytest.fixture(scope="module")
def catalogs() -> dict:
    return load_catalogs()


def tick_at(registry: Registry, sender: StubSender, catalogs: dict, moment: datetime) -> Tick:
    return Tick(moment, registry, sender, catalogs)


def ask(
    registry: Registry, step: str, when: str, at: datetime, sender_id: str = CHAT, language: str = "fr"
) -> int:
    with registry.session() as session:
        return reminders.schedule(session, sender_id, language, step, when, at).id


def status_of(registry: Registry, reminder_id: int) -> Reminder:
    with registry.session() as session:
        return session.get(Reminder, reminder_id)


async def test_a_due_reminder_is_sent_once_in_its_language_with_its_steps_buttons(
    registry: Registry, catalogs: dict
) -> None:
    reminder_id = ask(registry, "card", "week", casablanca(1, 10), language="ary")
    sender = StubSender()
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(7, 10)))
    assert sender.sent == []  # not due yet
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 10, 5)))
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 10, 10)))
    assert len(sender.sent) == 1
    chat, message = sender.sent[0]
    assert chat == CHAT
    assert message["custom"]["language"] == "ary" and message["custom"]["rtl"]
    assert "البطاقة المهنية" in message["text"]
    assert [b["payload"] for b in message["buttons"]] == ["/artisan_card", "/find_office", "/stop_reminders"]
    row = status_of(registry, reminder_id)
    assert (row.status, row.message_id, row.sent_at) == ("sent", 77, casablanca(8, 10, 5))


async def test_nothing_is_sent_in_the_quiet_hours_it_waits_for_eight(
    registry: Registry, catalogs: dict
) -> None:
    reminder_id = ask(registry, "amo", "week", casablanca(1, 20, 30))
    sender = StubSender()
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 22)))
    assert sender.sent == []
    assert status_of(registry, reminder_id).due_at == casablanca(9, 8)
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(9, 8)))
    assert len(sender.sent) == 1


async def test_at_most_one_reminder_a_week_the_second_is_moved(registry: Registry, catalogs: dict) -> None:
    first = ask(registry, "card", "week", casablanca(1, 10))
    second = ask(registry, "amo", "week", casablanca(1, 11))
    unrelated = ask(registry, "grow", "week", casablanca(1, 11), sender_id=OTHER)
    sender = StubSender()
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 12)))
    assert sorted(chat for chat, _ in sender.sent) == [CHAT, OTHER]  # one each
    assert status_of(registry, first).status == "sent"
    assert status_of(registry, unrelated).status == "sent"
    moved = status_of(registry, second)
    assert (moved.status, moved.due_at) == ("pending", casablanca(15, 12))
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(15, 11)))
    assert len(sender.sent) == 2
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(15, 12)))
    assert len(sender.sent) == 3 and status_of(registry, second).status == "sent"


async def test_asking_again_for_a_step_moves_the_reminder_rather_than_adding_one(registry: Registry) -> None:
    first = ask(registry, "card", "week", casablanca(1, 10))
    again = ask(registry, "card", "month", casablanca(2, 10))
    assert first == again
    with registry.session() as session:
        assert [r.due_at for r in reminders.pending(session, CHAT)] == [
            datetime(2027, 1, 1, 10, tzinfo=MOROCCO).astimezone(UTC)
        ]


async def test_a_claim_cut_off_by_a_crash_is_marked_unknown_and_never_resent(
    registry: Registry, catalogs: dict
) -> None:
    reminder_id = ask(registry, "card", "week", casablanca(1, 10))
    with registry.session() as session:
        assert reminders.claim(session, reminder_id, casablanca(8, 10))
    with registry.session() as session:
        assert not reminders.claim(
            session, reminder_id, casablanca(8, 10)
        )  # a second scheduler cannot take it
    sender = StubSender()
    # Within the minute the claim may still be sending: left alone.
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 10) + timedelta(seconds=30)))
    assert status_of(registry, reminder_id).status == "sending"
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 10, 2)))
    assert status_of(registry, reminder_id).status == "unknown"
    assert sender.sent == []
    # It counts for the weekly limit: another reminder that day waits a week.
    later = ask(registry, "amo", "week", casablanca(1, 11))
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 12)))
    assert sender.sent == [] and status_of(registry, later).due_at == casablanca(15, 10)


async def test_a_user_who_blocked_the_bot_gets_no_other_reminder(registry: Registry, catalogs: dict) -> None:
    first = ask(registry, "card", "week", casablanca(1, 10))
    second = ask(registry, "amo", "month", casablanca(1, 10))
    sender = StubSender(Delivery(Outcome.BLOCKED, detail="Forbidden: bot was blocked by the user"))
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 10)))
    assert [status_of(registry, r).status for r in (first, second)] == ["blocked", "blocked"]


async def test_flood_control_puts_the_reminder_back_for_later(registry: Registry, catalogs: dict) -> None:
    reminder_id = ask(registry, "card", "week", casablanca(1, 10))
    sender = StubSender(Delivery(Outcome.RETRY, retry_after=30, detail="Flood control exceeded"))
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 10)))
    row = status_of(registry, reminder_id)
    assert (row.status, row.due_at) == ("pending", casablanca(8, 10) + timedelta(seconds=30))


async def test_a_send_cut_off_in_flight_is_not_resent(registry: Registry, catalogs: dict) -> None:
    reminder_id = ask(registry, "card", "week", casablanca(1, 10))
    sender = StubSender(Delivery(Outcome.RETRY, retry_after=60, uncertain=True, detail="Timed out"))
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 10)))
    assert status_of(registry, reminder_id).status == "unknown"
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 11)))
    assert len(sender.sent) == 1


async def test_cancelled_reminders_are_not_sent(registry: Registry, catalogs: dict) -> None:
    keep = ask(registry, "card", "week", casablanca(1, 10))
    drop = ask(registry, "amo", "week", casablanca(1, 10), sender_id=OTHER)
    with registry.session() as session:
        assert [r.id for r in reminders.cancel(session, OTHER, casablanca(2, 10), drop)] == [drop]
        assert reminders.cancel(session, OTHER, casablanca(2, 10), keep) == []  # not theirs
    sender = StubSender()
    await reminders.send_due(tick_at(registry, sender, catalogs, casablanca(8, 12)))
    assert [chat for chat, _ in sender.sent] == [CHAT]


async def test_the_scheduler_tick_runs_the_reminders_job(registry: Registry, catalogs: dict) -> None:
    ask(registry, "grow", "week", casablanca(1, 10), language="ar")
    sender = StubSender()

    class Started(StubSender):
        async def start(self) -> None: ...

        async def close(self) -> None: ...

    sender = Started()
    scheduler = Scheduler(registry, sender, catalogs, clock=FixedClock(casablanca(8, 10)))
    assert await scheduler.tick()
    assert [b["payload"] for b in sender.sent[0][1]["buttons"]] == [
        "/financing",
        "/training",
        "/marketing",
        "/stop_reminders",
    ]
    with registry.session() as session:
        assert (
            session.scalar(sa.select(sa.func.count()).select_from(Reminder).where(Reminder.status == "sent"))
            == 1
        )
