"""The `hirfa scheduler` command: sends the reminders (and announcements) that are due, as the one scheduler."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from typing import Any

from hirfa.settings import Settings


def add_commands(commands: Any) -> None:
    """Register the command on the `hirfa` parser's subparsers."""
    scheduler = commands.add_parser(
        "scheduler", help="send due reminders and announcements (one scheduler sends, however many run)"
    )
    scheduler.add_argument("--once", action="store_true", help="run one tick, then exit")
    scheduler.add_argument(
        "--now",
        metavar="ISO8601",
        help="with --once: the moment of that tick, e.g. 2026-12-08T10:00+01:00 (default: the clock)",
    )
    scheduler.add_argument(
        "--tick", type=float, default=None, metavar="SECONDS", help="seconds between ticks (default: 5)"
    )


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Run the scheduler; the exit code."""
    from outreach.clock import FixedClock, SystemClock, parse_moment
    from outreach.lease import Lease
    from outreach.scheduler import TICK_SECONDS, Scheduler, lease_ttl, run_until_signalled
    from outreach.sender import sender_for
    from registry.db import Registry
    from replies.catalogs import load_catalogs

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.now and not args.once:
        print("hirfa scheduler: --now needs --once (a fixed moment cannot tick on)", file=sys.stderr)
        return 2
    try:
        clock = FixedClock(parse_moment(args.now)) if args.now else SystemClock()
    except ValueError as error:
        print(f"hirfa scheduler: --now: {error}", file=sys.stderr)
        return 2
    tick = args.tick if args.tick and args.tick > 0 else TICK_SECONDS
    registry = Registry.from_url(settings.database_url)
    try:
        scheduler = Scheduler(
            registry,
            sender_for(settings),
            load_catalogs(),
            clock=clock,
            lease=Lease(registry, ttl=lease_ttl(tick)),
            tick_seconds=tick,
        )
        return asyncio.run(run_until_signalled(scheduler, args.once))
    except KeyboardInterrupt:
        return 130
    finally:
        registry.dispose()
