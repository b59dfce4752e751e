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
    add.add_argument("--role", required=True, help="agent, reviewer, editor or admin")
    add.add_argument("--language", default="ar", help="interface language: ar (default) or fr")
    staff_commands.add_parser("list", help="list the accounts and their roles")


def _password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def run_staff(settings: Settings, args: argparse.Namespace) -> int:
    """``hirfa staff add`` / ``hirfa staff list``; 1 with a message when refused."""
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
