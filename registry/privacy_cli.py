"""The `hirfa forget-worker` and `hirfa purge` commands: running deletion jobs, and retention."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from datetime import timedelta
from typing import Any

from hirfa.settings import Settings

BAR_WIDTH = 30
PURGE_RETRY_SECONDS = 300.0  # after a database that did not answer, with --every


def add_commands(commands: Any) -> None:
    """Register the commands on the `hirfa` parser's subparsers."""
    from registry.retention import KINDS

    worker = commands.add_parser(
        "forget-worker", help="run the conversation deletions users confirmed (forget_me) until done"
    )
    worker.add_argument("--once", action="store_true", help="run the passes due now, then exit")
    worker.add_argument(
        "--recheck-after",
        type=float,
        default=None,
        metavar="SECONDS",
        help="wait before a job's second pass, which catches a late re-save (default: 60)",
    )
    purge = commands.add_parser("purge", help="delete stored data older than a retention period")
    purge.add_argument("--older-than", required=True, metavar="AGE", help="e.g. 180d (also h, m, s)")
    purge.add_argument(
        "--kind",
        choices=[*KINDS, "all"],
        default="all",
        help="which data (default: all)",
    )
    purge.add_argument("--dry-run", action="store_true", help="count what would go, delete nothing")
    purge.add_argument("--every", metavar="INTERVAL", help="repeat at this interval (e.g. 24h) until stopped")


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Run `forget-worker` or `purge`; the exit code."""
    from sqlalchemy import create_engine

    from registry.db import Registry

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    registry = Registry.from_url(settings.database_url)
    tracker = create_engine(settings.tracker_store_url, future=True)
    try:
        if args.command == "forget-worker":
            return _forget_worker(registry, tracker, args)
        return _purge(registry, tracker, args)
    finally:
        tracker.dispose()
        registry.dispose()


def _forget_worker(registry: Any, tracker: Any, args: argparse.Namespace) -> int:
    from registry import deletions

    recheck = deletions.RECHECK if args.recheck_after is None else timedelta(seconds=args.recheck_after)
    passes = deletions.work(registry, tracker, once=args.once, recheck=recheck)
    print(f"forget-worker: {passes} pass(es) run, {deletions.pending(registry)} job(s) pending")
    return 0


def _purge(registry: Any, tracker: Any, args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from registry import retention
    from registry.types import utc_now

    try:
        age = retention.parse_duration(args.older_than)
        every = retention.parse_duration(args.every) if args.every else None
    except ValueError as error:
        print(f"hirfa purge: {error}", file=sys.stderr)
        return 2
    kinds = retention.KINDS if args.kind == "all" else (args.kind,)
    stop = threading.Event()
    if every is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    while True:
        try:
            counts = retention.purge(
                registry, tracker, kinds, utc_now() - age, dry_run=args.dry_run, progress=_progress
            )
        except SQLAlchemyError as error:
            # A database restarting: once, say so; repeated, try again soon rather than exit or wait a day.
            print(f"hirfa purge: a database did not answer, nothing more was deleted: {error}", file=sys.stderr)
            if every is None:
                return 1
            if stop.wait(PURGE_RETRY_SECONDS):
                return 0
            continue
        verb = "would delete" if args.dry_run else "deleted"
        for kind, count in counts.items():
            print(f"{kind}: {verb} {count} (older than {args.older_than})", flush=True)
        if every is None or stop.wait(every.total_seconds()):
            return 0


def _progress(kind: str, done: int, total: int) -> None:
    """A plain-text progress bar on stderr, redrawn in place; a new line when the kind is done."""
    filled = BAR_WIDTH if total == 0 else BAR_WIDTH * done // total
    end = "\n" if done >= total else ""
    bar = "#" * filled + "." * (BAR_WIDTH - filled)
    print(f"\r{kind:<13} [{bar}] {done}/{total}", end=end, file=sys.stderr, flush=True)
