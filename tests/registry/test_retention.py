"""Retention: `hirfa purge --older-than` deletes each kind of data past its period, and a dry run writes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine

from commands.hirfa import main
from registry import help_desk, queries, retention
from registry.db import Registry
from registry.models import (
    Announcement,
    AnnouncementDelivery,
    ConversationSummary,
    HandoffRequest,
    LookupMiss,
    NewsSubscription,
    RegistrationRequest,
    Reminder,
    RequestStatusChange,
    UnansweredQuestion,
)
from registry.types import utc_now
from tests.registry.test_deletions import add_events, empty_tracker_store, stored

NOW = utc_now()
OLD, RECENT = NOW - dt.timedelta(days=200), NOW - dt.timedelta(days=10)
CUTOFF = NOW - dt.timedelta(days=180)


def summary(session, sender: str, at: dt.datetime) -> None:
    session.add(ConversationSummary(sender_id=sender, started_at=at, last_at=at, last_message="salam"))


def request(session, conversation: str, status: str, at: dt.datetime) -> None:
    made = queries.create_request(
        session,
        full_name="Fatima Bennani",
        cin="AB123456",
        phone="0612345678",
        trade_code="ZELLIGE",
        trade_text=None,
        city_name="Fès",
        category="practice",
        conversation_id=conversation,
        consent_at=at,
    )
    if status != "received":
        queries.set_status(session, made, status)
    made.updated_at = at


@pytest.fixture
def stores(registry: Registry, tracker: Engine) -> tuple[Registry, Engine]:
    add_events(tracker, "old", OLD, ["salam", "AB123456"])
    add_events(tracker, "going-on", OLD, ["salam"])
    add_events(tracker, "going-on", RECENT, ["mazal"])
    with registry.session() as session:
        summary(session, "old", OLD)
        summary(session, "going-on", RECENT)
        summary(session, "forgotten-long-ago", OLD)  # its events were deleted already
        for conversation, status, at in [
            ("closed-old", "closed", OLD),
            ("registered-old", "registered", OLD),
            ("open-old", "contacted", OLD),
            ("closed-recent", "closed", RECENT),
        ]:
            request(session, conversation, status, at)
        for conversation, at, close in [("h1", OLD, True), ("h2", OLD, False), ("h3", RECENT, True)]:
            handoff = help_desk.create_handoff(
                session,
                conversation_id=conversation,
                language="fr",
                reason="human_handoff",
                last_messages=[],
                at=at,
            )
            if close:
                handoff.status, handoff.closed_at = "closed", at
        for at in (OLD, RECENT):
            help_desk.record_unanswered(
                session,
                conversation_id="q",
                text="?",
                language="fr",
                predicted_intent=None,
                confidence=0.1,
                at=at,
            )
            queries.record_lookup_failure(session, ["k1", "k2"], at)
        news(session)
        reminders(session)
    return registry, tracker


def reminders(session) -> None:
    """Reminders sent and cancelled long ago (they go), one still planned though old and one cancelled lately."""
    for sender, status, at in [
        ("r1", "sent", OLD),
        ("r2", "cancelled", OLD),
        ("r3", "pending", OLD),
        ("r4", "cancelled", RECENT),
    ]:
        session.add(
            Reminder(
                sender_id=sender,
                language="fr",
                step="card",
                due_at=at,
                status=status,
                created_at=OLD,
                updated_at=at,
            )
        )


def news(session) -> None:
    """Subscriptions blocked long ago and lately, an active one, and two finished announcements' deliveries."""
    for chat, status, at in [("1", "blocked", OLD), ("2", "blocked", RECENT), ("3", "active", OLD)]:
        session.add(
            NewsSubscription(
                chat_id=chat,
                language="fr",
                status=status,
                subscribed_at=OLD,
                updated_at=at,
                blocked_at=at if status == "blocked" else None,
            )
        )
    texts = {f"{name}_{language}": "x" for name in ("text", "source") for language in ("ar", "ary", "fr")}
    for finished, chats in [(OLD, ("1", "3")), (RECENT, ("3",))]:
        row = Announcement(
            title="t",
            status="done",
            reference="r",
            verified_on=OLD.date(),
            created_by="e",
            created_at=OLD,
            updated_by="e",
            updated_at=finished,
            finished_at=finished,
            **texts,
        )
        session.add(row)
        session.flush()
        for chat in chats:
            session.add(
                AnnouncementDelivery(announcement_id=row.id, chat_id=chat, language="fr", status="sent")
            )


def snapshot(registry: Registry, tracker: Engine) -> dict[str, object]:
    with registry.session() as session:
        counts = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (
                ConversationSummary,
                RegistrationRequest,
                RequestStatusChange,
                HandoffRequest,
                UnansweredQuestion,
                LookupMiss,
                NewsSubscription,
                AnnouncementDelivery,
                Reminder,
            )
        }
    with tracker.connect() as connection:
        counts["events"] = connection.execute(text("SELECT COUNT(*) FROM events")).scalar_one()
        counts["checkpoints"] = connection.execute(
            text("SELECT COUNT(*) FROM tracker_checkpoints")
        ).scalar_one()
    return counts


@pytest.fixture
def tracker(tmp_path: Path) -> Iterator[Engine]:
    engine = empty_tracker_store(tmp_path / "tracker.db")
    yield engine
    engine.dispose()


EXPECTED = {
    "conversations": 2,
    "requests": 2,
    "handoffs": 1,
    "questions": 1,
    "lookups": 2,
    "news": 3,
    "reminders": 2,
}


def test_a_dry_run_counts_every_kind_and_writes_nothing(stores: tuple[Registry, Engine]) -> None:
    before = snapshot(*stores)
    progress: list[tuple[str, int, int]] = []
    counts = retention.purge(
        *stores, retention.KINDS, CUTOFF, dry_run=True, progress=lambda *step: progress.append(step)
    )
    assert counts == EXPECTED
    assert snapshot(*stores) == before
    assert {(kind, total, total) for kind, total in EXPECTED.items()} <= set(progress)


@pytest.mark.parametrize("kind", retention.KINDS)
def test_each_kind_deletes_only_what_is_past_its_period(stores: tuple[Registry, Engine], kind: str) -> None:
    registry, tracker = stores
    before = snapshot(registry, tracker)
    assert retention.purge(registry, tracker, (kind,), CUTOFF) == {kind: EXPECTED[kind]}
    after = snapshot(registry, tracker)
    changed = {name for name in before if before[name] != after[name]}
    with registry.session() as session:
        if kind == "conversations":
            assert changed == {"conversation_summaries", "events", "checkpoints"}
            assert stored(tracker, "old") == (0, 0)
            assert stored(tracker, "going-on") == (2, 2)  # an old start, a recent message: kept whole
            assert session.scalars(select(ConversationSummary.sender_id)).all() == ["going-on"]
        elif kind == "requests":
            assert changed == {"registration_requests", "request_status_changes"}
            kept = session.scalars(select(RegistrationRequest.conversation_id)).all()
            assert sorted(kept) == ["closed-recent", "open-old"]
        elif kind == "handoffs":
            assert session.scalars(select(HandoffRequest.conversation_id)).all() == ["h2", "h3"]
        elif kind == "news":
            assert changed == {"news_subscriptions", "announcement_deliveries"}
            assert sorted(session.scalars(select(NewsSubscription.chat_id))) == ["2", "3"]
            assert session.scalars(select(AnnouncementDelivery.chat_id)).all() == ["3"]
        elif kind == "reminders":
            assert changed == {"reminders"}
            assert sorted(session.scalars(select(Reminder.sender_id))) == ["r3", "r4"]
        else:
            assert changed == {"unanswered_questions" if kind == "questions" else "lookup_misses"}
    assert retention.purge(registry, tracker, (kind,), CUTOFF)[kind] == 0


def test_the_command_reports_a_dry_run_with_a_progress_bar(
    stores: tuple[Registry, Engine], seeded_db: str, tmp_path: Path, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("HIRFA_DATABASE_URL", seeded_db)
    monkeypatch.setenv("HIRFA_TRACKER_DB", str(tmp_path / "tracker.db"))
    before = snapshot(*stores)
    assert main(["purge", "--older-than", "180d", "--kind", "all", "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "conversations: would delete 2 (older than 180d)" in out and "lookups: would delete 2" in out
    assert "requests      [##############################] 2/2" in err
    assert snapshot(*stores) == before
    assert main(["purge", "--older-than", "180d", "--kind", "lookups"]) == 0
    assert "lookups: deleted 2" in capsys.readouterr().out


def test_durations() -> None:
    assert retention.parse_duration("180d") == dt.timedelta(days=180)
    assert retention.parse_duration("24h") == dt.timedelta(hours=24)
    for wrong in ("", "180", "0d", "1y", "-3d"):
        with pytest.raises(ValueError):
            retention.parse_duration(wrong)


def test_a_database_that_does_not_answer_is_named_without_a_traceback(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("HIRFA_DATABASE_URL", f"sqlite:///{tmp_path / 'missing' / 'hirfa.db'}")
    monkeypatch.setenv("HIRFA_TRACKER_DB", str(tmp_path / "missing" / "tracker.db"))
    assert main(["purge", "--older-than", "180d"]) == 1
    err = capsys.readouterr().err
    assert "a database did not answer, nothing more was deleted" in err and "Traceback" not in err
