"""What the help desk tells a Telegram user, rendered in the user's reply language as the bot would."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from babel.support import Translations

from hirfa.languages import REPLY_LANGUAGES
from replies.catalogs import load_catalogs
from replies.messages import CHANNEL_REPLIES, RESPONSES
from replies.render import render
from staff.services import services
from staff.telegram import MessengerError
from staff.tracker import Event


@lru_cache(maxsize=1)
def _catalogs() -> dict[str, Translations]:
    # Read once, on first use: the compiled catalogs do not change while the app runs.
    return load_catalogs()


def user_language(events: Iterable[Event], default: str | None = None) -> str:
    """The reply language last set in the conversation (its ``language`` slot), else ``default``.

    ``default`` is the settings' default language when not given.
    """
    language = None
    for event in events:
        if event.type_name == "slot" and event.data.get("name") == "language":
            value = event.data.get("value")
            if value in REPLY_LANGUAGES:
                language = value
    return language or default or services().settings.default_language


def channel_reply(name: str, language: str) -> dict[str, Any]:
    """One of the channel's own replies (``agent_joined``) as the user would get it: text, buttons, custom."""
    return render(CHANNEL_REPLIES[name], name, language, _catalogs()[language], {})


def response(name: str, language: str, values: dict[str, Any] | None = None) -> dict[str, Any]:
    """One of the assistant's responses (``utter_status_contacted``) filled with ``values``."""
    return render(RESPONSES[name], name, language, _catalogs()[language], values or {})


def send(sender_id: str, message: dict[str, Any]) -> None:
    """Send a rendered message to the Telegram user of conversation ``sender_id``; MessengerError if not."""
    if not sender_id.lstrip("-").isdigit():
        # Only Telegram conversations have a chat to write to (the console and REST tests do not).
        raise MessengerError(f"conversation {sender_id!r} is not a Telegram chat")
    custom = message.get("custom") or {}
    services().messenger.send(
        sender_id, message["text"], message.get("buttons") or [], bool(custom.get("rtl"))
    )
