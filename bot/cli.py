"""The `hirfa` command: talk to the running assistant, manage the database and its data, run the Telegram bot."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from bot.console import render, resolve_choice
from bot.rasa_client import RasaClient, RasaError, RasaUnavailable
from hirfa.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EXIT_UNAVAILABLE = 2
SEED_DIR = Path(__file__).resolve().parents[1] / "data" / "seed"


def _new_sender() -> str:
    return f"cli-{uuid.uuid4().hex[:12]}"


async def _ask(settings: Settings, text: str, sender: str, as_json: bool) -> int:
    async with RasaClient(settings.rasa_url, settings.request_timeout) as rasa:
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
    async with RasaClient(settings.rasa_url, settings.request_timeout) as rasa:
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


def _registry(settings: Settings, args: argparse.Namespace) -> int:
    # Imported here so that `hirfa ask` and `hirfa chat` never load SQLAlchemy.
    from sqlalchemy.exc import OperationalError

    from registry.db import Registry
    from registry.errors import RegistryError

    registry = Registry.from_url(settings.database_url)
    try:
        with registry.session() as session:
            if args.registry_command == "seed":
                return _seed(session)
            return _import(session, args.kind, Path(args.file), args.dry_run)
    except OperationalError as error:
        print(f"{settings.database_url}: {error.orig}. Has `hirfa db upgrade` run?", file=sys.stderr)
        return 1
    except RegistryError as error:
        print(f"registry: {error}", file=sys.stderr)
        return 1
    finally:
        registry.dispose()


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
    for outcome in ("added", "changed"):
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
    commands.add_parser("telegram", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `hirfa` console script."""
    args = _parser().parse_args(argv)
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
        from bot.telegram_app import run_bot

        return run_bot(settings)
    except RasaUnavailable as error:
        print(f"Hirfa is not running ({error}). Start it with `make run` and try again.", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except RasaError as error:
        print(f"Hirfa could not answer: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
