"""Announcements: who a target reaches, the delivery rows, claim → send → mark, and resuming after a dead sender."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
import sqlalchemy as sa

from outreach import announcement_drafts, announcement_report, announcement_sending, subscriptions
from outreach.announcement_drafts import Draft
from outreach.sender import Delivery, Outcome, RateLimit, Sender
from outreach.subscriptions import Target
from outreach.tick import Tick
from registry.db import Registry
from registry.models import Announcement, AnnouncementDelivery, NewsSubscription
from registry.types import utc_now
from replies.catalogs import load_catalogs
from tests.fake_telegram.server import FakeTelegram
from tests.outreach.conftest import known_chat

NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.timezone.utc)
TEXTS = {
    "ar": "فتح برنامج فرصة أبوابه.",
    "ary": "برنامج فرصة تحل.",
    "fr": "Le programme Forsa est ouvert.",
}
SOURCES = {
    "ar": "وزارة الصناعة التقليدية",
    "ary": "وزارة الصناعة التقليدية",
    "fr": "Ministère de l'Artisanat",
}
chats = itertools.count(7001)


def draft(**targets: list[str]) -> Draft:
    return Draft(
        title="Forsa",
        text=dict(TEXTS),
        source=dict(SOURCES),
        reference="communiqué",
        verified_on="2026-11-30",
        **targets,
    )


def subscribe(
    registry: Registry, chat: str, language: str = "fr", region: str | None = None, trade: str | None = None
) -> None:
    with registry.session() as session:
        subscriptions.subscribe(session, chat, language, region, trade, NOW)


def scheduled(registry: Registry, **targets: list[str]) -> int:
    with registry.session() as session:
        # Targets name regions and trades that exist: the registry here is not seeded, so the check is skipped.
        row = Announcement(
            **announcement_drafts._columns(draft(**targets)),
            status="scheduled",
            send_at=NOW,
            created_by="editor",
            created_at=NOW,
            updated_by="editor",
            updated_at=NOW,
        )
        session.add(row)
        session.flush()
        return row.id


def tick(registry: Registry, sender: Any, keep_going=lambda: True) -> Tick:
    return Tick(NOW, registry, sender, load_catalogs(), keep_going)


def deliveries(registry: Registry, number: int) -> dict[str, str]:
    with registry.session() as session:
        rows = session.execute(
            sa.select(AnnouncementDelivery.chat_id, AnnouncementDelivery.status).where(
                AnnouncementDelivery.announcement_id == number
            )
        ).all()
    return dict(rows)


def counts(registry: Registry, number: int) -> dict[str, int]:
    with registry.session() as session:
        row = session.get(Announcement, number)
        return {name: getattr(row, name) for name in ("recipients", *announcement_report.COUNTERS)} | {
            "status": row.status
        }


# --- targeting -------------------------------------------------------------------------------

SUBSCRIBERS = [
    ("1", "fr", "FM", "ZELLIGE", "active"),
    ("2", "ary", "FM", None, "active"),
    ("3", "ar", "CS", "ZELLIGE", "active"),
    ("4", "ary", None, None, "active"),
    ("5", "fr", "FM", "ZELLIGE", "blocked"),
]


@pytest.mark.parametrize(
    ("target", "reached"),
    [
        (Target.of(), {"1", "2", "3", "4"}),
        (Target.of(regions=["FM"]), {"1", "2"}),
        (Target.of(regions=["FM", "CS"], trades=["ZELLIGE"]), {"1", "3"}),
        (Target.of(languages=["ary"]), {"2", "4"}),
        (Target.of(trades=["ZELLIGE"], languages=["ar"]), {"3"}),
        (Target.of(regions=["SM"]), set()),
    ],
)
def test_a_target_reaches_the_active_subscribers_it_names_and_unknown_places_only_when_untargeted(
    registry: Registry, target: Target, reached: set[str]
) -> None:
    with registry.session() as session:
        for chat, language, region, trade, status in SUBSCRIBERS:
            row = subscriptions.subscribe(session, chat, language, region, trade, NOW)
            row.status = status
        session.flush()
        found = set(session.scalars(sa.select(NewsSubscription.chat_id).where(target.condition())))
        rows = session.scalars(sa.select(NewsSubscription)).all()
        assert found == reached
        assert {row.chat_id for row in rows if target.reaches(row)} == reached
        assert subscriptions.count_matching(session, target) == len(reached)


def test_subscribing_again_keeps_what_is_known_lifts_a_block_and_stopping_deletes(registry: Registry) -> None:
    with registry.session() as session:
        subscriptions.subscribe(session, "42", "fr", "FM", "ZELLIGE", NOW)
        subscriptions.mark_blocked(session, "42", NOW)
        again = subscriptions.subscribe(session, "42", "ary", None, None, NOW)
        assert (again.language, again.region_code, again.trade_code, again.status) == (
            "ary",
            "FM",
            "ZELLIGE",
            "active",
        )
        assert subscriptions.stop(session, "42") is True
        assert subscriptions.stop(session, "42") is False
        with pytest.raises(subscriptions.NotATelegramChat):
            subscriptions.subscribe(session, "cli-1234", "fr", None, None, NOW)


def test_starting_writes_one_row_per_subscriber_reached_once(registry: Registry) -> None:
    for chat, language, region, trade, _ in SUBSCRIBERS[:4]:
        subscribe(registry, chat, language, region, trade)
    number = scheduled(registry, regions=["FM"])
    with registry.session() as session:
        assert announcement_sending.due(session, NOW - dt.timedelta(minutes=1)) == []
        assert announcement_sending.due(session, NOW) == [number]
        assert announcement_sending.start(session, number, NOW) == 2
    with registry.session() as session:
        assert announcement_sending.start(session, number, NOW) == 0  # a second start writes nothing
    assert deliveries(registry, number) == {"1": "pending", "2": "pending"}
    assert counts(registry, number)["status"] == "sending"


# --- sending ----------------------------------------------------------------------------------


@pytest.fixture
async def fast_sender(telegram: FakeTelegram):
    from telegram import Bot

    async with Sender(Bot(telegram.token, base_url=telegram.base_url), RateLimit(rate=500)) as started:
        yield started


async def test_each_subscriber_gets_one_message_and_a_blocked_one_is_marked(
    registry: Registry, telegram: FakeTelegram, fast_sender: Sender
) -> None:
    ids = [str(known_chat(telegram, next(chats))) for _ in range(12)]
    for n, chat in enumerate(ids):
        subscribe(registry, chat, ("ar", "ary", "fr")[n % 3])
    telegram.block(int(ids[0]))
    number = scheduled(registry)
    since = telegram.mark()
    await announcement_sending.send_due(tick(registry, fast_sender))
    sent = [c for c in telegram.calls("sendMessage", since=since) if c.ok]
    assert sorted(str(c.chat_id) for c in sent) == sorted(ids[1:])
    french = next(c for c in sent if str(c.chat_id) == ids[2])
    assert french.text.startswith("Le programme Forsa est ouvert.")
    assert "/stop_news" in [b["callback_data"] for b in french.buttons]
    assert counts(registry, number) == {
        "recipients": 12,
        "sent": 11,
        "failed": 0,
        "blocked": 1,
        "skipped": 0,
        "unknown": 0,
        "status": "done",
    }
    with registry.session() as session:
        assert session.get(NewsSubscription, ids[0]).status == "blocked"
    # Nothing goes twice, and a blocked chat is not in the next announcement.
    second = scheduled(registry)
    await announcement_sending.send_due(tick(registry, fast_sender))
    assert ids[0] not in deliveries(registry, second)
    assert len([c for c in telegram.calls("sendMessage", since=since) if c.ok]) == 22


async def test_a_dead_senders_claims_are_not_sent_again_and_the_rest_resumes(
    registry: Registry, telegram: FakeTelegram, fast_sender: Sender
) -> None:
    ids = [str(known_chat(telegram, next(chats))) for _ in range(6)]
    for chat in ids:
        subscribe(registry, chat)
    number = scheduled(registry)
    with registry.session() as session:
        announcement_sending.start(session, number, NOW)
    # A sender that died: one row claimed (its message may have gone), one sent and marked.
    rows = {row.chat_id: row for row in _rows(registry, number)}
    with registry.session() as session:
        assert announcement_sending.claim(session, rows[ids[0]], "dead-run", utc_now()) == announcement_sending.CLAIMED
        assert announcement_sending.claim(session, rows[ids[1]], "dead-run", utc_now()) == announcement_sending.CLAIMED
        announcement_sending.mark(session, rows[ids[1]], Delivery(Outcome.SENT, message_id=1), "dead-run", utc_now())
    since = telegram.mark()
    await announcement_sending.send_due(tick(registry, fast_sender))
    again = sorted(str(c.chat_id) for c in telegram.calls("sendMessage", since=since))
    assert again == sorted(ids[2:])
    assert deliveries(registry, number)[ids[0]] == "unknown"
    assert counts(registry, number) == {
        "recipients": 6,
        "sent": 5,
        "failed": 0,
        "blocked": 0,
        "skipped": 0,
        "unknown": 1,
        "status": "done",
    }
    # The dead sender coming back cannot overwrite what its successor settled.
    with registry.session() as session:
        late = announcement_sending.mark(session, rows[ids[0]], Delivery(Outcome.SENT), "dead-run", utc_now())
    assert late == "sent" and deliveries(registry, number)[ids[0]] == "unknown"
    assert counts(registry, number)["sent"] == 5


def _rows(registry: Registry, number: int) -> list[announcement_sending.Row]:
    with registry.session() as session:
        return announcement_sending.pending_rows(session, number, utc_now())


async def test_a_restarted_sender_waits_a_second_after_the_last_claim(registry: Registry) -> None:
    class Limit:
        paused = 0.0

        def pause(self, seconds: float) -> None:
            self.paused = seconds

    class Idle:
        limit = Limit()

    subscribe(registry, "9001")
    number = scheduled(registry)
    with registry.session() as session:
        announcement_sending.start(session, number, NOW)
    with registry.session() as session:
        announcement_sending.claim(session, _rows(registry, number)[0], "dead-run", utc_now())
    sender = Idle()
    stopped = tick(registry, sender, keep_going=lambda: False)
    await announcement_sending.send_due(stopped)
    assert 0.5 < sender.limit.paused <= announcement_sending.RESUME_GAP.total_seconds()


class StubSender:
    """Answers each send with the next of ``answers``; the rate limit lets everything through."""

    def __init__(self, *answers: Delivery) -> None:
        self.answers = list(answers)
        self.sent: list[int] = []

        class Free:
            async def wait(self, chat: Any) -> None:
                return None

            def pause(self, seconds: float) -> None:
                return None

        self.limit = Free()

    async def send(self, chat_id: int, message: dict, *, wait: bool = True) -> Delivery:
        assert wait is False  # the job waited for the slot itself, before claiming
        self.sent.append(chat_id)
        return self.answers.pop(0) if self.answers else Delivery(Outcome.SENT)


async def test_a_retry_waits_for_telegram_and_an_uncertain_cut_is_not_resent(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    for chat in ("11", "12"):
        subscribe(registry, chat)
    number = scheduled(registry)
    clock = [utc_now()]
    monkeypatch.setattr(announcement_sending, "utc_now", lambda: clock[0])
    sender = StubSender(
        Delivery(Outcome.RETRY, retry_after=30, detail="Too Many Requests"),
        Delivery(Outcome.RETRY, retry_after=60, uncertain=True, detail="httpx.ReadTimeout"),
    )
    monkeypatch.setattr(announcement_sending, "WORKERS", 1)
    await announcement_sending.send_due(tick(registry, sender))
    assert deliveries(registry, number) == {"11": "pending", "12": "unknown"}
    assert counts(registry, number)["status"] == "sending"
    await announcement_sending.send_due(tick(registry, sender))
    assert sender.sent == [11, 12]  # not yet: Telegram asked for 30 seconds
    clock[0] += dt.timedelta(seconds=31)
    await announcement_sending.send_due(tick(registry, sender))
    assert sender.sent == [11, 12, 11]
    assert deliveries(registry, number) == {"11": "sent", "12": "unknown"}
    assert counts(registry, number) == {
        "recipients": 2,
        "sent": 1,
        "failed": 0,
        "blocked": 0,
        "skipped": 0,
        "unknown": 1,
        "status": "done",
    }


async def test_who_stopped_the_news_before_their_turn_is_skipped_and_a_stopped_announcement_sends_no_more(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(announcement_sending, "WORKERS", 1)  # one send at a time: the stop comes between two
    for chat in ("21", "22", "23"):
        subscribe(registry, chat)
    number = scheduled(registry)
    with registry.session() as session:
        announcement_sending.start(session, number, NOW)
        subscriptions.stop(session, "21")
    sender = StubSender()
    sent_before_stop: list[int] = []

    def keep_going() -> bool:
        if len(sender.sent) == 1 and not sent_before_stop:
            sent_before_stop.append(1)
            with registry.session() as session:
                announcement_drafts.cancel(session, number, "editor", utc_now())
        return True

    await announcement_sending.send_due(tick(registry, sender, keep_going))
    assert sender.sent == [22]
    assert deliveries(registry, number) == {"21": "skipped", "22": "sent", "23": "skipped"}
    assert counts(registry, number)["status"] == "cancelled"


def test_the_report_measures_the_send_rate(registry: Registry) -> None:
    number = scheduled(registry)
    with registry.session() as session:
        row = session.get(Announcement, number)
        row.status, row.recipients, row.sent, row.blocked = "done", 51, 50, 1
        row.first_sent_at, row.last_sent_at = NOW, NOW + dt.timedelta(seconds=2)
    with registry.session() as session:
        figures = announcement_report.report(session, number)
    assert figures.average_rate == pytest.approx(25.0)
    assert figures.done == 51 and figures.waiting == 0


def test_forget_me_removes_the_subscription_and_the_deliveries(registry: Registry) -> None:
    from registry import deletions

    subscribe(registry, "31")
    number = scheduled(registry)
    with registry.session() as session:
        announcement_sending.start(session, number, NOW)
    with registry.session() as session:
        erased = deletions.forget(session, "31")
    assert erased.news == 2
    with registry.session() as session:
        assert session.get(NewsSubscription, "31") is None
    assert deliveries(registry, number) == {}
    assert counts(registry, number)["recipients"] == 1  # the report keeps its figures


async def test_a_long_sending_gives_the_other_jobs_their_turn_and_goes_on_at_the_next_tick(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    for chat in ("41", "42"):
        subscribe(registry, chat)
    number = scheduled(registry)
    sender = StubSender()
    monkeypatch.setattr(announcement_sending, "TICK_BUDGET", 0.0)
    await announcement_sending.send_due(tick(registry, sender))
    assert sender.sent == [] and counts(registry, number)["status"] == "sending"
    monkeypatch.setattr(announcement_sending, "TICK_BUDGET", 60.0)
    await announcement_sending.send_due(tick(registry, sender))
    assert sorted(sender.sent) == [41, 42] and counts(registry, number)["status"] == "done"
