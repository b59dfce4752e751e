"""forget_me made durable: the registry rows and the job in one transaction, a worker that runs the job until done."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from commands.hirfa import main
from registry import deletions, help_desk, queries
from registry.db import Registry
from registry.models import (
    ConversationSummary,
    Correction,
    DeletionJob,
    HandoffRequest,
    RegistrationRequest,
    StaffMember,
    TrainingExample,
    UnansweredQuestion,
)
from registry.types import utc_now
from staff.tracker import metadata as tracker_metadata

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
SENDER, OTHER = "tg-4242", "tg-7777"
QUESTION = "wach kayn chi d3m l Fatima Bennani?"


def empty_tracker_store(path: Path) -> Engine:
    """Rasa's SQLite store at ``path`` with its events table and the windowed store's checkpoints, empty."""
    engine = create_engine(f"sqlite:///{path}", future=True)
    tracker_metadata.create_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            f"CREATE TABLE {deletions.CHECKPOINTS_TABLE} (id INTEGER PRIMARY KEY, sender_id TEXT NOT NULL,"
            " first_event_id INTEGER NOT NULL, state TEXT NOT NULL)"
        )
    return engine


@pytest.fixture
def tracker(tmp_path: Path) -> Iterator[Engine]:
    engine = empty_tracker_store(tmp_path / "tracker.db")
    yield engine
    engine.dispose()


def add_events(
    tracker: Engine, sender: str, at: dt.datetime, texts: list[str], checkpoint: bool = True
) -> None:
    """A stored turn: user messages stamped ``at``, and the windowed store's checkpoint before it."""
    with tracker.begin() as connection:
        ids = []
        for message in texts:
            data = json.dumps({"event": "user", "text": message, "timestamp": at.timestamp()})
            ids.append(
                connection.execute(
                    text(
                        "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:s, 'user', :t, :d)"
                    ),
                    {"s": sender, "t": at.timestamp(), "d": data},
                ).lastrowid
            )
        if checkpoint:
            state = json.dumps([{"event": "slot", "name": "request_full_name", "value": "Fatima Bennani"}])
            connection.execute(
                text(
                    f"INSERT INTO {deletions.CHECKPOINTS_TABLE} (sender_id, first_event_id, state) VALUES (:s, :i, :st)"
                ),
                {"s": sender, "i": ids[0], "st": state},
            )


def stored(tracker: Engine, sender: str) -> tuple[int, int]:
    with tracker.connect() as connection:
        events = connection.execute(text("SELECT COUNT(*) FROM events WHERE sender_id = :s"), {"s": sender})
        points = connection.execute(
            text(f"SELECT COUNT(*) FROM {deletions.CHECKPOINTS_TABLE} WHERE sender_id = :s"), {"s": sender}
        )
        return events.scalar_one(), points.scalar_one()


def fill_registry(registry: Registry, sender: str) -> None:
    """A request, a handoff, a noted question filed as a training example, a correction and an inbox summary."""
    with registry.session() as session:
        queries.create_request(
            session,
            full_name="Fatima Bennani",
            cin="AB123456",
            phone="0612345678",
            trade_code="ZELLIGE",
            trade_text=None,
            city_name="Fès",
            category="practice",
            conversation_id=sender,
            consent_at=NOW,
        )
        help_desk.create_handoff(
            session,
            conversation_id=sender,
            language="ary",
            reason="human_handoff",
            last_messages=[{"sender": "user", "text": "smiti Fatima Bennani"}],
            at=NOW,
        )
        help_desk.record_unanswered(
            session,
            conversation_id=sender,
            text=f"{QUESTION} ({sender})",
            language="ary",
            predicted_intent=None,
            confidence=0.2,
            at=NOW,
        )
        staff = session.scalar(select(StaffMember.id).limit(1))
        if staff is None:
            member = StaffMember(
                email="a@example.org", password_hash="x", role="admin", language="fr", created_at=NOW
            )
            session.add(member)
            session.flush()
            staff = member.id
        session.add(
            TrainingExample(
                text=f"{QUESTION} ({sender})",
                variety="ary",
                intent="financing",
                source="unanswered",
                created_by="e",
                created_at=NOW,
            )
        )
        session.add(
            Correction(
                conversation_id=sender,
                event_id=len(sender) * 1000 + int(sender[-1]),
                text="smiti Fatima Bennani",
                variety="ary",
                intent="inform",
                created_by=staff,
                created_at=NOW,
            )
        )
        session.add(
            ConversationSummary(
                sender_id=sender,
                started_at=NOW,
                last_at=NOW,
                last_message="AB123456",
                search_text="smiti fatima bennani ab123456",
            )
        )


def rows(registry: Registry, model: type, sender: str) -> int:
    column = model.sender_id if model is ConversationSummary else model.conversation_id
    with registry.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(column == sender))


def test_the_confirmation_erases_the_registry_and_writes_the_job_in_one_transaction(
    registry: Registry,
) -> None:
    fill_registry(registry, SENDER)
    fill_registry(registry, OTHER)
    with pytest.raises(RuntimeError), registry.session() as session:
        deletions.forget(session, SENDER, NOW)
        raise RuntimeError("the action server stops before the commit")
    # Nothing half-done: the rows are all there and no job was written.
    assert rows(registry, RegistrationRequest, SENDER) == 1
    with registry.session() as session:
        assert session.scalar(select(func.count(DeletionJob.id))) == 0

    with registry.session() as session:
        erased = deletions.forget(session, SENDER, NOW)
    assert erased == deletions.Erased(requests=1, handoffs=1, questions=1, corrections=1, training_examples=1)
    for model in (RegistrationRequest, HandoffRequest, UnansweredQuestion, Correction):
        assert rows(registry, model, SENDER) == 0, model
        assert rows(registry, model, OTHER) == 1, model
    with registry.session() as session:
        # The example an editor filed from their noted question went; the other user's stays.
        assert session.scalars(select(TrainingExample.text)).all() == [f"{QUESTION} ({OTHER})"]
        summary = session.get(ConversationSummary, SENDER)
        assert summary.deleted and summary.last_message == "" and summary.search_text == ""
        assert session.get(ConversationSummary, OTHER).last_message == "AB123456"
        (job,) = session.scalars(select(DeletionJob))
        assert (job.sender_id, job.status, job.registry_rows) == (SENDER, "pending", 5)
        assert job.run_after == NOW + deletions.SETTLE


def test_the_worker_waits_for_rasa_then_deletes_and_catches_a_late_resave(
    registry: Registry, tracker: Engine
) -> None:
    add_events(tracker, SENDER, NOW - dt.timedelta(minutes=5), ["salam", "Fatima Bennani", "AB123456"])
    add_events(tracker, SENDER, NOW, ["/affirm"])
    add_events(tracker, OTHER, NOW, ["salam"])
    with registry.session() as session:
        deletions.forget(session, SENDER, NOW)

    assert (
        deletions.run_due(registry, tracker, NOW + dt.timedelta(seconds=1)) == 0
    )  # Rasa may still be saving
    assert stored(tracker, SENDER) == (4, 2)

    first = NOW + deletions.SETTLE
    assert deletions.run_due(registry, tracker, first) == 1
    assert stored(tracker, SENDER) == (0, 0)
    assert stored(tracker, OTHER) == (1, 1)
    # Rasa re-saves the forgotten turn after the first pass (its checkpoint holds every slot) ...
    add_events(tracker, SENDER, first + dt.timedelta(seconds=1), ["/affirm"])
    # ... and the user starts afresh later: that new conversation is not the forgotten one.
    add_events(tracker, SENDER, first + dt.timedelta(seconds=30), ["salam again"])
    assert deletions.run_due(registry, tracker, first + dt.timedelta(seconds=10)) == 0  # second pass not due
    assert deletions.run_due(registry, tracker, first + deletions.RECHECK) == 1
    assert stored(tracker, SENDER) == (1, 1)
    with tracker.connect() as connection:
        assert connection.execute(
            text("SELECT data FROM events WHERE sender_id = :s"), {"s": SENDER}
        ).scalar_one()
        assert (
            "salam again"
            in connection.execute(
                text("SELECT data FROM events WHERE sender_id = :s"), {"s": SENDER}
            ).scalar_one()
        )
    with registry.session() as session:
        (job,) = session.scalars(select(DeletionJob))
        assert (job.status, job.sender_id, job.passes, job.events, job.checkpoints) == ("done", "", 2, 5, 3)
    assert deletions.run_due(registry, tracker, first + dt.timedelta(days=1)) == 0


def test_a_failed_pass_stays_pending_and_is_retried(
    registry: Registry, tracker: Engine, tmp_path: Path
) -> None:
    add_events(tracker, SENDER, NOW, ["AB123456"])
    with registry.session() as session:
        deletions.forget(session, SENDER, NOW)
    unreachable = create_engine(f"sqlite:///{tmp_path / 'no-such-dir' / 'tracker.db'}", future=True)
    assert deletions.run_due(registry, unreachable, NOW + deletions.SETTLE) == 0
    with registry.session() as session:
        (job,) = session.scalars(select(DeletionJob))
        assert job.status == "pending" and job.passes == 0 and job.last_error
        assert job.run_after == NOW + deletions.SETTLE + deletions.RETRY
    later = NOW + deletions.SETTLE + deletions.RETRY
    assert deletions.run_due(registry, tracker, later) == 1
    assert stored(tracker, SENDER) == (0, 0)


def test_the_cli_worker_runs_every_due_pass_once(
    registry: Registry, seeded_db: str, tracker: Engine, tmp_path: Path, monkeypatch, capsys
) -> None:
    started = utc_now() - dt.timedelta(seconds=10)
    add_events(tracker, SENDER, started, ["AB123456"])
    with registry.session() as session:
        deletions.forget(session, SENDER, started)
    monkeypatch.setenv("HIRFA_DATABASE_URL", seeded_db)
    monkeypatch.setenv("HIRFA_TRACKER_DB", str(tmp_path / "tracker.db"))
    assert main(["forget-worker", "--once", "--recheck-after", "0"]) == 0
    assert "2 pass(es) run, 0 job(s) pending" in capsys.readouterr().out
    assert stored(tracker, SENDER) == (0, 0)


def test_forgetting_removes_the_users_reminders_and_a_late_one(registry: Registry, tracker: Engine) -> None:
    from registry.models import Reminder

    def remind(sender: str, status: str) -> None:
        with registry.session() as session:
            session.add(
                Reminder(
                    sender_id=sender,
                    language="ary",
                    step="card",
                    due_at=NOW,
                    status=status,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )

    def reminders_of(sender: str) -> int:
        with registry.session() as session:
            return session.scalar(
                select(func.count()).select_from(Reminder).where(Reminder.sender_id == sender)
            )

    remind(SENDER, "pending")
    remind(SENDER, "sent")
    remind(OTHER, "pending")
    with registry.session() as session:
        erased = deletions.forget(session, SENDER, NOW)
    assert erased.reminders == 2 and erased.total == 2
    assert (reminders_of(SENDER), reminders_of(OTHER)) == (0, 1)
    # A reminder recorded by the forgotten turn after the confirmation goes with the worker's pass.
    remind(SENDER, "pending")
    assert deletions.run_due(registry, tracker, NOW + deletions.SETTLE) == 1
    assert (reminders_of(SENDER), reminders_of(OTHER)) == (0, 1)


def test_the_worker_waits_out_a_database_that_does_not_answer(
    registry: Registry, tracker: Engine, monkeypatch, caplog
) -> None:
    started = utc_now() - dt.timedelta(seconds=10)
    add_events(tracker, SENDER, started, ["AB123456"])
    with registry.session() as session:
        deletions.forget(session, SENDER, started)
    real_due_jobs, outages = deletions.due_jobs, [2]

    def restarting(registry_: Registry, now=None):
        if outages[0]:
            outages[0] -= 1
            raise OperationalError("SELECT", {}, ConnectionRefusedError("the database is restarting"))
        return real_due_jobs(registry_, now)

    monkeypatch.setattr(deletions, "due_jobs", restarting)
    assert deletions.work(registry, tracker, once=True, recheck=dt.timedelta(0), poll=0.01) == 2
    assert stored(tracker, SENDER) == (0, 0), "the job ran once the database answered"
    assert caplog.text.count("a database did not answer") == 2 and "Traceback" not in caplog.text
