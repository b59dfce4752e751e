"""The `hirfa` command: talk to the running assistant, manage the database and its data, run the Telegram bot."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.console import render, resolve_choice
from bot.rasa_client import RasaClient, RasaError, RasaUnavailable
from hirfa.settings import Settings
from outreach import cli as outreach_commands
from registry import privacy_cli as privacy_commands
from staff import cli as staff_commands

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from registry.content import ContentReport

EXIT_UNAVAILABLE = 2
EXIT_USAGE = 2  # as argparse exits for a command it does not know
SEED_DIR = Path(__file__).resolve().parents[1] / "data" / "seed"
CONTENT_DIR = Path(__file__).resolve().parents[1] / "data" / "content"


def _new_sender() -> str:
    return f"cli-{uuid.uuid4().hex[:12]}"


def _rasa(settings: Settings) -> RasaClient:
    return RasaClient(settings.rasa_url, settings.request_timeout, channel_token=settings.channel_token)


async def _ask(settings: Settings, text: str, sender: str, as_json: bool) -> int:
    async with _rasa(settings) as rasa:
        replies = await rasa.send(sender, text, {"channel": "cli"})
    if as_json:
        print(json.dumps(replies, ensure_ascii=False, indent=2))
    else:
        print(render(replies)[0])
    return 0


async def _chat(settings: Settings, sender: str) -> int:
    print(
        f"Talking to Hirfa at {settings.rasa_url} as '{sender}'. Type a number to press a button; Ctrl-D to quit."
    )
    buttons: list[dict[str, str]] = []
    async with _rasa(settings) as rasa:
        while True:
            try:
                line = await asyncio.to_thread(input, "> ")
            except EOFError:
                print()
                return 0
            replies = await rasa.send(sender, resolve_choice(line, buttons), {"channel": "cli"})
            text, buttons = render(replies)
            print(text)


def _db(settings: Settings, action: str) -> int:
    from registry.migrate import downgrade, upgrade

    (upgrade if action == "upgrade" else downgrade)(settings.database_url)
    print(f"{settings.database_url}: {action} done")
    return 0


def _in_session(settings: Settings, work: Callable[[Session], int]) -> int:
    """Run ``work`` in one registry session; database and registry errors become exit code 1."""
    # Imported here so that `hirfa ask` and `hirfa chat` never load SQLAlchemy.
    from sqlalchemy.exc import OperationalError

    from registry.db import Registry
    from registry.errors import RegistryError

    registry = Registry.from_url(settings.database_url)
    try:
        with registry.session() as session:
            return work(session)
    except OperationalError as error:
        print(f"{settings.database_url}: {error.orig}. Has `hirfa db upgrade` run?", file=sys.stderr)
        return 1
    except RegistryError as error:
        print(f"registry: {error}", file=sys.stderr)
        return 1
    finally:
        registry.dispose()


def _registry(settings: Settings, args: argparse.Namespace) -> int:
    if args.registry_command == "seed":
        return _in_session(settings, _seed)
    return _in_session(settings, lambda session: _import(session, args.kind, Path(args.file), args.dry_run))


def _seed(session: Session) -> int:
    from registry.seed import load_seed

    report = load_seed(session, SEED_DIR)
    for kind, tally in report.tallies.items():
        print(
            f"{kind}: {tally.total} (added {tally.added}, changed {tally.changed}, "
            f"unchanged {tally.unchanged}, removed {tally.removed})"
        )
    return 0


def _import(session: Session, kind: str, path: Path, dry_run: bool) -> int:
    from registry.importer import import_offices, import_trades

    report = (import_trades if kind == "trades" else import_offices)(session, path, dry_run)
    return _print_report(report, path, dry_run, ("added", "changed"))


def _content(settings: Settings, args: argparse.Namespace) -> int:
    if args.content_command == "load":
        if args.dir is None and not CONTENT_DIR.exists():
            print(f"{CONTENT_DIR}: no content files, nothing to load")
            return 0
        return _in_session(
            settings, lambda session: _load_content(session, Path(args.dir or CONTENT_DIR), args.force)
        )
    if args.content_command == "export":
        return _in_session(settings, lambda session: _export_content(session, Path(args.file)))
    return _in_session(
        settings, lambda session: _import_content(session, Path(args.file), args.dry_run, args.editor)
    )


def _load_content(session: Session, directory: Path, force: bool) -> int:
    from registry.content import SEED_AUTHOR, load_content, read_records

    report = load_content(session, read_records(directory), created_by=SEED_AUTHOR, force=force)
    return _print_content_report(report, directory, dry_run=False)


def _import_content(session: Session, path: Path, dry_run: bool, editor: str | None) -> int:
    from registry.content import import_content

    report = import_content(session, path, dry_run=dry_run, editor=editor)
    return _print_content_report(report, path, dry_run)


def _export_content(session: Session, path: Path) -> int:
    from registry.content import export_content

    print(f"{path}: {export_content(session, path)} topic(s) exported")
    return 0


def _print_content_report(report: ContentReport, path: Path, dry_run: bool) -> int:
    if report.kept:
        print("kept: an editor changed these topics since; --force replaces their versions")
    return _print_report(report, path, dry_run, ("added", "changed", "kept"))


def _print_report(report: Any, path: Path, dry_run: bool, outcomes: tuple[str, ...]) -> int:
    """Print what an import or load did (or would do); 1 when it had errors and applied nothing."""
    for outcome in outcomes:
        names = getattr(report, outcome)
        print(f"{outcome} ({len(names)})" + (f": {', '.join(names)}" if names else ""))
    print(f"unchanged ({len(report.unchanged)})")
    for error in report.errors:
        print(error, file=sys.stderr)
    if report.errors:
        print(f"{path}: {len(report.errors)} error(s), nothing applied", file=sys.stderr)
        return 1
    print(f"{path}: dry run, nothing applied" if dry_run else f"{path}: applied")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hirfa", description="Hirfa, the artisans' assistant.")
    commands = parser.add_subparsers(dest="command", required=True)
    ask = commands.add_parser("ask", help="send one message to the running assistant and print the replies")
    ask.add_argument("text")
    ask.add_argument("--sender", help="conversation id, to continue a conversation (default: a new one)")
    ask.add_argument("--json", action="store_true", help="print the raw replies as JSON")
    chat = commands.add_parser("chat", help="talk to the running assistant in this terminal")
    chat.add_argument("--sender", help="conversation id (default: a new one)")
    db = commands.add_parser("db", help="registry database migrations")
    db.add_argument(
        "action", choices=["upgrade", "downgrade"], help="upgrade to the latest, or back to empty"
    )
    registry = commands.add_parser("registry", help="load and edit the registry's reference data")
    registry_commands = registry.add_subparsers(dest="registry_command", required=True)
    registry_commands.add_parser(
        "seed", help="load data/seed (regions, cities, trades, chambers); safe to repeat"
    )
    imports = registry_commands.add_parser(
        "import", help="import trades or offices from a CSV file, all or nothing"
    )
    imports.add_argument("kind", choices=["trades", "offices"])
    imports.add_argument("file", help="the CSV file (UTF-8, header row first)")
    imports.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")
    content = commands.add_parser("content", help="load, export and import the knowledge content")
    content_commands = content.add_subparsers(dest="content_command", required=True)
    load = content_commands.add_parser(
        "load", help="load the reviewed content files (data/content/*.yml); safe to repeat"
    )
    load.add_argument("dir", nargs="?", help="a directory of YAML files (default: data/content)")
    load.add_argument(
        "--force", action="store_true", help="also replace topics an editor changed since the last load"
    )
    export = content_commands.add_parser(
        "export", help="write the newest version of every topic to a YAML (.yml) or CSV (.csv) file"
    )
    export.add_argument("file")
    content_import = content_commands.add_parser(
        "import", help="import an editor's YAML or CSV file, all or nothing; it wins over the seed"
    )
    content_import.add_argument(
        "file", help="a .yml or .csv file in the format `hirfa content export` writes"
    )
    content_import.add_argument(
        "--dry-run", action="store_true", help="report what would change, change nothing"
    )
    content_import.add_argument(
        "--editor", metavar="NAME", help="who made the change (default: import:<file name>)"
    )
    commands.add_parser("telegram", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    actions = commands.add_parser(
        "actions", help="run the action server (refuses calls without HIRFA_ACTIONS_TOKEN when it is set)"
    )
    actions.add_argument("--port", type=int, help="default: HIRFA_ACTIONS_PORT or 5055")
    actions.add_argument("--interface", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)")
    supervise = commands.add_parser(
        "supervise", help="run the Procfile's processes under supervisord, restarting any that dies (make serve)"
    )
    supervise.add_argument("programs", nargs="*", help="Procfile names to run (default: all)")
    supervise.add_argument("--without", action="append", default=[], metavar="NAME", help="leave this Procfile name out")
    supervise.add_argument("--procfile", default="Procfile", help="default: Procfile")
    supervise.add_argument("--dir", default="var/supervisor", help="the generated config and socket (default: var/supervisor)")
    supervise.add_argument("--logs", default="var/log", help="one log per process (default: var/log)")
    supervise.add_argument("--print", action="store_true", help="print the generated configuration and exit")
    staff_commands.add_commands(commands)
    staff_commands.add_review_commands(commands)
    privacy_commands.add_commands(commands)
    outreach_commands.add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `hirfa` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    try:
        if args.command == "ask":
            return asyncio.run(_ask(settings, args.text, args.sender or _new_sender(), args.json))
        if args.command == "chat":
            return asyncio.run(_chat(settings, args.sender or _new_sender()))
        if args.command == "db":
            return _db(settings, args.action)
        if args.command == "registry":
            return _registry(settings, args)
        if args.command == "content":
            return _content(settings, args)
        if args.command == "staff":
            return staff_commands.run_staff(settings, args)
        if args.command == "review":
            return staff_commands.run_review(settings, args)
        if args.command in ("forget-worker", "purge"):
            return privacy_commands.run(settings, args)
        if args.command == "scheduler":
            return outreach_commands.run(settings, args)
        if args.command == "actions":
            from hirfa.action_server import ActionServerError, serve

            try:
                return serve(args.port or settings.actions_port, args.interface, settings.actions_token)
            except ActionServerError as error:
                print(f"hirfa actions: {error}", file=sys.stderr)
                return EXIT_USAGE
        if args.command == "supervise":
            from hirfa.supervise import run_supervise

            return run_supervise(args)
        if args.command == "telegram":
            from bot.telegram_app import run_bot

            return run_bot(settings)
        # A command the parser knows and nothing here handles: say so rather than run something else.
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    except RasaUnavailable as error:
        print(f"Hirfa is not running ({error}). Start it with `make run` and try again.", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except RasaError as error:
        print(f"Hirfa could not answer: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early: that is its choice, not a failure.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
