"""The `hirfa` command: each part of the project adds its own subcommands; this module picks one and runs it."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from bot import cli as bot_commands
from bot.rasa_client import RasaError, RasaUnavailable
from hirfa.settings import Settings
from outreach import cli as outreach_commands
from registry import data_cli as data_commands
from registry import privacy_cli as privacy_commands
from staff import cli as staff_commands

EXIT_UNAVAILABLE = 2
EXIT_USAGE = 2  # as argparse exits for a command it does not know


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hirfa", description="Hirfa, the artisans' assistant.")
    commands = parser.add_subparsers(dest="command", required=True)
    bot_commands.add_commands(commands)
    data_commands.add_commands(commands)
    _add_process_commands(commands)
    staff_commands.add_commands(commands)
    staff_commands.add_review_commands(commands)
    privacy_commands.add_commands(commands)
    outreach_commands.add_commands(commands)
    return parser


def _add_process_commands(commands: Any) -> None:
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


def _run(settings: Settings, args: argparse.Namespace) -> int | None:
    """The command's exit code, or None when no part handles it."""
    if args.command in bot_commands.COMMANDS:
        return bot_commands.run(settings, args)
    if args.command in data_commands.COMMANDS:
        return data_commands.run(settings, args)
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
    return None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `hirfa` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    try:
        code = _run(settings, args)
        if code is None:
            # A command the parser knows and nothing here handles: say so rather than run something else.
            parser.print_usage(sys.stderr)
            return EXIT_USAGE
        return code
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
