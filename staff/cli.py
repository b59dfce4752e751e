"""`hirfa staff …` and `hirfa review …`: accounts from the command line, corrections out to training data."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hirfa.settings import Settings


def add_commands(commands: argparse._SubParsersAction) -> None:
    """The ``staff`` command's parser, under the ``hirfa`` command's sub-commands."""
    staff = commands.add_parser("staff", help="staff accounts of the help-desk web application")
    staff_commands = staff.add_subparsers(dest="staff_command", required=True)
    add = staff_commands.add_parser(
        "add", help="create an account; the password is read from standard input when it is not a terminal"
    )
    add.add_argument("email")
    # Checked by staff.accounts: importing the models here would load SQLAlchemy for `hirfa ask` too.
    add.add_argument("--role", required=True, help="agent, reviewer, editor, adviser or admin")
    add.add_argument("--language", default="ar", help="interface language: ar (default) or fr")
    staff_commands.add_parser("list", help="list the accounts and their roles")
    index = staff_commands.add_parser(
        "index", help="bring the inbox's conversation summaries up to date from Rasa's conversation store"
    )
    index.add_argument("--follow", action="store_true", help="keep indexing new events as they arrive")
    index.add_argument("--batch", type=int, default=5000, help="events read per transaction (default 5000)")


def _password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def run_staff(settings: Settings, args: argparse.Namespace) -> int:
    """``hirfa staff add`` / ``list`` / ``index``; 1 with a message when refused."""
    if args.staff_command == "index":
        return _index(settings, args.follow, args.batch)
    from registry.db import Registry
    from registry.errors import InvalidValue
    from registry.types import utc_now
    from staff import accounts, audit

    registry = Registry.from_url(settings.database_url)
    try:
        with registry.session() as session:
            if args.staff_command == "list":
                for member in accounts.members(session):
                    state = "" if member.active else " (disabled)"
                    print(f"{member.email}\t{member.role}\t{member.language}{state}")
                return 0
            member = accounts.add_member(
                session, args.email, _password(), args.role, args.language, at=utc_now()
            )
            audit.record(session, None, "add_staff", member.email, f"{member.role} (command line)")
            print(f"{member.email}: {member.role} account created")
            return 0
    except (InvalidValue, ValueError) as error:
        print(f"staff: {error}", file=sys.stderr)
        return 1
    finally:
        registry.dispose()


def _index(settings: Settings, follow: bool, batch: int) -> int:
    """Catch up once (or for ever with ``follow``), printing how far the summaries have read."""
    from registry.db import Registry
    from staff import summaries
    from staff.tracker import TrackerStore

    if batch < 1:
        print("staff index: --batch must be at least 1", file=sys.stderr)
        return 1
    registry, tracker = Registry.from_url(settings.database_url), TrackerStore(settings.tracker_store_url)
    try:
        if not follow:
            done = summaries.catch_up_all(registry, tracker, batch)
            print(f"{done} events indexed (up to event {summaries.last_mark(registry)})")
            return 0

        def report(done: int, last_id: int) -> None:
            print(f"{done} events indexed (up to event {last_id})", flush=True)

        summaries.follow(registry, tracker, batch=batch, report=report)
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        registry.dispose()
        tracker.dispose()


def add_review_commands(commands: argparse._SubParsersAction) -> None:
    """The ``review`` command's parser: reviewers' corrections out to training data."""
    review = commands.add_parser("review", help="reviewers' corrections of what the assistant understood")
    review_commands = review.add_subparsers(dest="review_command", required=True)
    export = review_commands.add_parser(
        "export",
        help="write the waiting corrections and editors' training examples as Rasa training data, one file per"
        " variety, and mark them exported",
    )
    export.add_argument("--out", help="folder of the files (default: the project's data/nlu/corrections)")
    export.add_argument("--dry-run", action="store_true", help="report what would be written, write and mark nothing")


def run_review(settings: Settings, args: argparse.Namespace) -> int:
    """``hirfa review export``: what was written, and what was left out and why."""
    from pathlib import Path

    from registry.db import Registry
    from registry.types import utc_now
    from staff import audit, corrections

    out = Path(args.out) if args.out else corrections.CORRECTIONS_DIR
    registry = Registry.from_url(settings.database_url)
    try:
        with registry.session() as session:
            report = corrections.export(session, out, utc_now(), dry_run=args.dry_run)
            if not args.dry_run and (report.exported or report.examples_exported):
                audit.record(
                    session,
                    None,
                    "export_corrections",
                    str(out),
                    f"{len(report.exported)} corrections, {len(report.examples_exported)} training examples",
                )
    finally:
        registry.dispose()
    for variety, count in sorted(report.added.items()):
        print(f"{out / f'{variety}.yml'}: {count} example(s) {'to add' if args.dry_run else 'added'}")
    for reason, texts in report.skipped.items():
        print(f"skipped {len(texts)}: {corrections.SKIP_REASONS[reason]}")
    for reason, texts in report.waiting.items():
        print(f"kept waiting {len(texts)}: {corrections.WAITING_REASONS[reason]}")
    if report.unannotated:
        print(f"{len(report.unannotated)} entity value(s) not annotated (not said in words, or the words mean another value)")
    if not report.added:
        print("nothing new to write")
    print("dry run: nothing written or marked" if args.dry_run else f"{len(report.exported)} correction(s) marked exported")
    if report.examples_exported and not args.dry_run:
        print(f"{len(report.examples_exported)} training example(s) from unanswered questions marked exported")
    return 0
