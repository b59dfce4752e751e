"""`hirfa ask`, `hirfa chat` and `hirfa telegram`: talk to the running assistant, or run the Telegram bot."""

from __future__ import annotations

import argparse
import asyncio
import json
import uuid
from typing import Any

from bot.console import render, resolve_choice
from bot.rasa_client import RasaClient
from hirfa.settings import Settings

COMMANDS = ("ask", "chat", "telegram")


def add_commands(commands: Any) -> None:
    """Add this module's commands to the `hirfa` parser's subcommands."""
    ask = commands.add_parser("ask", help="send one message to the running assistant and print the replies")
    ask.add_argument("text")
    ask.add_argument("--sender", help="conversation id, to continue a conversation (default: a new one)")
    ask.add_argument("--json", action="store_true", help="print the raw replies as JSON")
    chat = commands.add_parser("chat", help="talk to the running assistant in this terminal")
    chat.add_argument("--sender", help="conversation id (default: a new one)")
    commands.add_parser("telegram", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Run one of COMMANDS (Rasa's errors are the caller's to report)."""
    if args.command == "ask":
        return asyncio.run(_ask(settings, args.text, args.sender or _new_sender(), args.json))
    if args.command == "chat":
        return asyncio.run(_chat(settings, args.sender or _new_sender()))
    from bot.serving import run_bot

    return run_bot(settings)


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
