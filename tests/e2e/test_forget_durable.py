"""forget_me survives the action server dying right after the confirmation: the worker deletes every trace."""

from __future__ import annotations

import sqlite3
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from registry.deletions import SETTLE
from tests.e2e.conftest import BIN, ROOT, Assistant, running_assistant

NAME, CIN, PHONE = "Khadija Ouazzani", "QW987654", "0698765432"
QUESTION = "zorglub flimbo qwertz Ouazzani"
TRACES = (NAME, "Ouazzani", CIN, PHONE, "698765432")


@pytest.fixture(scope="module")
def own_assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    # Its own servers: this test kills one, which the shared assistant's final log check would count.
    # This test runs the worker itself, after the kill, to read every store once it is done.
    with running_assistant(tmp_path_factory.mktemp("forget"), forget_worker=False) as assistant:
        yield assistant


def said(replies: list[dict]) -> list[str]:
    return [r.get("custom", {}).get("response") for r in replies if "custom" in r]


def rows_with_traces(path: Path, sender: str) -> list[tuple[str, str]]:
    """Every row of every table in the SQLite file ``path`` that holds the user's id or words."""
    found = []
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                text = " ".join(str(value) for value in row)
                if any(trace in text for trace in (*TRACES, sender)):
                    found.append((table, text[:300]))
    return found


def test_a_confirmed_forget_me_survives_a_killed_action_server(own_assistant: Assistant) -> None:
    assistant = own_assistant
    sender = f"e2e-forget-{uuid.uuid4().hex[:8]}"
    for message in (
        "/rna_apply",
        NAME,
        CIN,
        PHONE,
        "zellige",
        "/affirm",
        "Fès",
        '/rna_apply{"category": "diploma"}',
        "/affirm",
        QUESTION,
        "/human_handoff",
    ):
        assistant.send(sender, message)
    registry_db = Path(assistant.database_url.removeprefix("sqlite:///"))
    assert rows_with_traces(registry_db, sender), "the conversation left nothing to forget"
    assert said(assistant.send(sender, "/forget_me")) == ["utter_ask_forget_confirm"]
    assert said(assistant.send(sender, "/affirm")) == ["utter_forgotten"]
    assistant.processes["actions"].kill()  # kill -9, right after the confirmation
    assistant.processes["actions"].wait()
    assistant.restart()
    time.sleep(SETTLE.total_seconds() + 1)

    worker = subprocess.run(
        [str(BIN / "hirfa"), "forget-worker", "--once", "--recheck-after", "0"],
        cwd=ROOT,
        env=assistant.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert worker.returncode == 0, worker.stderr
    assert "0 job(s) pending" in worker.stdout

    assert rows_with_traces(assistant.tracker_db, sender) == []  # events and checkpoints
    leftovers = rows_with_traces(registry_db, sender)
    # The inbox keeps the fact that a conversation was forgotten (its id, no words): nothing else may remain.
    assert [table for table, _ in leftovers] in ([], ["conversation_summaries"]), leftovers
    with sqlite3.connect(registry_db) as connection:
        assert connection.execute("SELECT status, sender_id, passes FROM deletion_jobs").fetchall() == [
            ("done", "", 2)
        ]
    for log in assistant.logs:
        text = log.read_text()
        assert not [trace for trace in TRACES if trace in text], log
    assert not [trace for trace in TRACES if trace in worker.stdout + worker.stderr]
