"""Rasa buttons as Telegram inline keyboards."""

from __future__ import annotations

import hashlib
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit

MAX_CALLBACK_BYTES = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
KEY_PREFIX = "k:"
BUTTONS_PER_ROW = 2


def callback_data(payload: str, long_payloads: dict[str, str]) -> str:
    """The payload itself when it fits Telegram's 64 bytes, else a short key, added to ``long_payloads``.

    The key is a hash of the payload: every instance makes the same key, and the caller keeps the pair
    where all of them (and a restarted one) can read it back when the button is pressed.
    """
    if len(payload.encode()) <= MAX_CALLBACK_BYTES and not payload.startswith(KEY_PREFIX):
        return payload
    key = KEY_PREFIX + hashlib.sha256(payload.encode()).hexdigest()[:24]
    long_payloads[key] = payload
    return key


def is_key(data: str) -> bool:
    """True when a pressed button's data is a key standing for a long payload."""
    return data.startswith(KEY_PREFIX)


def keyboard(
    buttons: list[dict[str, Any]], rtl: bool, long_payloads: dict[str, str]
) -> InlineKeyboardMarkup | None:
    """Two buttons a row, read from the right in Arabic."""
    if not buttons:
        return None
    keys = [
        InlineKeyboardButton(b["title"], callback_data=callback_data(b["payload"], long_payloads))
        for b in buttons
    ]
    rows = [keys[i : i + BUTTONS_PER_ROW] for i in range(0, len(keys), BUTTONS_PER_ROW)]
    return InlineKeyboardMarkup([row[::-1] if rtl else row for row in rows])
