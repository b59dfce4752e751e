"""How fast an announcement goes out: `hirfa scheduler` against the fake Bot API, measured where Telegram counts.

    python -m bench.announcement_send [--subscribers 1000] [--blocked 20] [--rate 25] [--keep DIR]

Seeds a throw-away registry with ``--subscribers`` news subscribers (the three reply languages in turn,
``--blocked`` of them having blocked the bot), schedules one announcement for now, and runs the real
scheduler (a subprocess, ``HIRFA_OUTREACH_RATE=--rate``) until the announcement is done. Prints the send
rate measured from the times the fake Bot API received each sendMessage, the busiest one-second window
(Telegram's limit is about 30 a second for a bot), the report's own figures, and the time to the first
message. The bench and the fake share this machine with the scheduler: figures are for this machine.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
FIRST_CHAT = 820_000_001
TIMEOUT = 600.0


def busiest_second(times: list[float]) -> int:
    """The most arrivals within any one-second window [t, t + 1)."""
    times = sorted(times)
    most, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


def run(subscribers: int, blocked: int, rate: float, workdir: Path) -> int:
    from outreach import announcement_drafts, announcement_report, subscriptions
    from outreach.announcement_drafts import Draft
    from registry.db import Registry
    from registry.migrate import upgrade
    from registry.types import utc_now
    from tests.fake_telegram.server import FakeTelegram

    url = f"sqlite:///{workdir / 'registry.db'}"
    upgrade(url)
    registry = Registry.from_url(url)
    chats = [FIRST_CHAT + n for n in range(subscribers)]
    refused = set(chats[:: max(1, subscribers // blocked)][:blocked]) if blocked else set()
    now = utc_now()
    with registry.session() as session:
        for n, chat in enumerate(chats):
            subscriptions.subscribe(session, str(chat), ("ar", "ary", "fr")[n % 3], None, None, now)
        draft = Draft(
            title="bench",
            text={"ar": "فتح برنامج فرصة.", "ary": "برنامج فرصة تحل.", "fr": "Le programme Forsa est ouvert."},
            source={"ar": "وزارة الصناعة التقليدية", "ary": "وزارة الصناعة التقليدية", "fr": "Ministère de l'Artisanat"},
            reference="bench",
            verified_on=now.date().isoformat(),
        )
        number = announcement_drafts.create(session, draft, "bench", now).id
        announcement_drafts.schedule(session, number, now, "bench", now)
    with FakeTelegram() as telegram:
        for chat in chats:
            telegram.text_message(chat, "salam")
        for chat in refused:
            telegram.block(chat)
        env = {
            **os.environ,
            "HIRFA_DATABASE_URL": url,
            "TELEGRAM_BOT_TOKEN": telegram.token,
            "TELEGRAM_API_BASE_URL": telegram.base_url,
            "HIRFA_OUTREACH_RATE": str(rate),
        }
        started = time.monotonic()
        process = subprocess.Popen(
            [str(BIN / "hirfa"), "scheduler", "--tick", "0.5"],
            cwd=ROOT,
            env=env,
            stdout=(workdir / "scheduler.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        try:
            while True:
                with registry.session() as session:
                    report = announcement_report.report(session, number)
                if report.status == "done":
                    break
                if time.monotonic() - started > TIMEOUT or process.poll() is not None:
                    print(f"the announcement did not finish (status {report.status})", file=sys.stderr)
                    return 1
                time.sleep(0.2)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(30)
        calls = telegram.calls("sendMessage")
    with registry.session() as session:
        held = claim_to_answer(session, number)
    registry.dispose()
    times = sorted(call.at for call in calls)
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    measured = (len(times) - 1) / (times[-1] - times[0])
    print(f"subscribers {subscribers}, blocked {len(refused)}, HIRFA_OUTREACH_RATE {rate:g}")
    print(
        f"report: sent {report.sent}, blocked {report.blocked}, failed {report.failed}, unknown {report.unknown}; "
        f"average {report.average_rate:.1f} msg/s"
    )
    print(f"first message {times[0] - started:.1f} s after the scheduler started (Python start-up, lease, tick)")
    print(
        f"measured send rate at the Bot API: {measured:.1f} msg/s over {times[-1] - times[0]:.1f} s; "
        f"busiest second {busiest_second(times)}; gap p50 {statistics.median(gaps) * 1000:.0f} ms, "
        f"max {max(gaps) * 1000:.0f} ms"
    )
    # A kill between a row's claim and its answer leaves the message of unknown outcome: this is that window.
    print(
        f"claimed -> answer stored: p50 {statistics.median(held) * 1000:.0f} ms, "
        f"p99 {held[int(len(held) * 0.99)] * 1000:.0f} ms, max {held[-1] * 1000:.0f} ms"
    )
    return 0


def claim_to_answer(session: Any, announcement_id: int) -> list[float]:
    """Seconds from each answered row's claim to its stored answer, sorted."""
    from registry.models import AnnouncementDelivery

    rows = session.execute(
        sa.select(AnnouncementDelivery.claimed_at, AnnouncementDelivery.done_at).where(
            AnnouncementDelivery.announcement_id == announcement_id,
            AnnouncementDelivery.status.in_(("sent", "blocked")),
        )
    )
    return sorted((done - claimed).total_seconds() for claimed, done in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--blocked", type=int, default=20)
    parser.add_argument("--rate", type=float, default=25.0, help="HIRFA_OUTREACH_RATE (at most 30)")
    parser.add_argument("--keep", type=Path, help="keep the registry and the scheduler's log in this folder")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return run(args.subscribers, args.blocked, args.rate, args.keep)
    with tempfile.TemporaryDirectory() as workdir:
        return run(args.subscribers, args.blocked, args.rate, Path(workdir))


if __name__ == "__main__":
    sys.exit(main())
