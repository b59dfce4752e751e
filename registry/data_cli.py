"""`hirfa db`, `hirfa registry` and `hirfa content`: migrate the registry, load and import its data."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hirfa.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from registry.content import ContentReport

COMMANDS = ("db", "registry", "content")
SEED_DIR = Path(__file__).resolve().parents[1] / "data" / "seed"
CONTENT_DIR = Path(__file__).resolve().parents[1] / "data" / "content"


def add_commands(commands: Any) -> None:
    """Add this module's commands to the `hirfa` parser's subcommands."""
    db = commands.add_parser("db", help="registry database migrations, and the conversation store's tables")
    db.add_argument(
        "action",
        choices=["upgrade", "downgrade", "tracker"],
        help="upgrade the registry to the latest, or back to empty; or create Rasa's conversation tables"
        " (HIRFA_TRACKER_URL) where missing, once before several Rasa servers start",
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


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Run one of COMMANDS."""
    if args.command == "db":
        return _db(settings, args.action)
    if args.command == "registry":
        return _registry(settings, args)
    return _content(settings, args)


def _db(settings: Settings, action: str) -> int:
    if action == "tracker":
        import sqlalchemy as sa

        from rasa_plugins.windowed_tracker_store import create_tables

        engine = sa.create_engine(settings.tracker_store_url)
        try:
            create_tables(engine)
        finally:
            engine.dispose()
        print(f"{engine.url!r}: tracker tables ready")
        return 0
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
