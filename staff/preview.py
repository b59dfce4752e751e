"""A content answer as Telegram will show it, rendered by the assistant's own NLG and bidi code.

The action (actions.content_answers) sends the published text through the response
``utter_content`` (``utter_content_unsourced`` without a source) with the topic's values, the
related topics as buttons, the day it was verified and the source; this builds the same
response from a draft, so an editor sees the very message users will get.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from actions.content_answers import FINANCING, FINANCING_MORE, TOPICS
from bot.keyboards import BUTTONS_PER_ROW
from staff.user_messages import response


@dataclass(frozen=True)
class Preview:
    """One rendered answer: its text, its buttons (title, payload) and whether it reads right to left."""

    language: str
    text: str
    buttons: list[dict[str, str]]
    rtl: bool

    @property
    def rows(self) -> list[list[dict[str, str]]]:
        """The buttons in the rows Telegram shows, left to right (bot.keyboards reverses them in Arabic)."""
        rows = [self.buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(self.buttons), BUTTONS_PER_ROW)]
        return [row[::-1] if self.rtl else row for row in rows]


def related(topic: str) -> tuple[str, ...]:
    """The topics the assistant offers as buttons under ``topic``, as actions.content_answers chooses them."""
    for answered, more in TOPICS.values():
        if answered == topic:
            return more
    if topic in FINANCING.values():
        return FINANCING_MORE
    return ()


def answer_values(
    text: str, source: str, values: Mapping[str, Any], verified_on: dt.date | None, topic: str
) -> tuple[str, dict[str, Any]]:
    """The response name and values the action sends for this text (see ActionAnswerTopic.run)."""
    return (
        "utter_content" if source else "utter_content_unsourced",
        {
            **values,
            "content": text,
            "more": list(related(topic)),
            "verified_date": verified_on.isoformat() if verified_on else "",
            "source": source,
        },
    )


def preview(
    language: str, text: str, source: str, values: Mapping[str, Any], verified_on: dt.date | None, topic: str
) -> Preview | None:
    """The answer in ``language`` as users will get it; None when the text cannot be filled (bad braces)."""
    name, filled = answer_values(text, source, values, verified_on, topic)
    try:
        message = response(name, language, filled)
    except (ValueError, IndexError, KeyError, AttributeError):
        return None
    custom = message.get("custom") or {}
    return Preview(language, message["text"], list(message.get("buttons") or []), bool(custom.get("rtl")))
