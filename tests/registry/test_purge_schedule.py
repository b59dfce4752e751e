"""Retention runs by itself: `make run` and `make serve` start `hirfa purge --older-than 180d --every 24h`,
which purges, waits, purges again, and stops cleanly on SIGTERM (as supervisord and honcho stop it)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from hirfa.supervise import read_procfile
from tests.registry.test_deletions import empty_tracker_store

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
ROUND = "conversations: deleted 0 (older than 180d)"


def test_the_procfiles_purge_every_day_what_is_older_than_180_days() -> None:
    purge = next(program for program in read_procfile(ROOT / "Procfile") if program.name == "purge")
    assert purge.command.split() == ["hirfa", "purge", "--older-than", "180d", "--every", "24h"]
    scaled = next(program for program in read_procfile(ROOT / "Procfile.scaled") if program.name == "purge")
    assert scaled.command.split() == ["scripts/scaled/serve", "purge"]
    assert 'purge) exec "$bin/hirfa" purge --older-than 180d --every 24h ;;' in (ROOT / "scripts/scaled/serve").read_text()


def test_a_repeating_purge_runs_again_after_its_interval_and_stops_on_sigterm(empty_db: str, tmp_path: Path) -> None:
    empty_tracker_store(tmp_path / "tracker.db").dispose()
    env = {**os.environ, "HIRFA_DATABASE_URL": empty_db, "HIRFA_TRACKER_DB": str(tmp_path / "tracker.db")}
    process = subprocess.Popen(
        [str(BIN / "hirfa"), "purge", "--older-than", "180d", "--every", "1s"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(60, process.kill)  # bounds the reading below should the rounds never come
    watchdog.start()
    try:
        rounds = 0
        for line in process.stdout:
            rounds += line.strip() == ROUND
            if rounds == 2:
                break
        assert rounds == 2, "purged twice, a second apart"
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=30)
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, errors
    assert "Traceback" not in errors
