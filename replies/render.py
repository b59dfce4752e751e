"""Rendering a reply in a language: translated text and buttons, values formatted, bidi-safe."""

from __future__ import annotations

import logging
import string
from typing import Any

from babel.support import Translations

from replies.bidi import isolate, isolate_ltr_runs
from replies.catalogs import RTL_LANGUAGES, format_value
from replies.messages import INTENT_TITLES, Button, Reply

logger = logging.getLogger(__name__)


class _Values(dict):
    """Placeholder values; a missing one renders as nothing rather than failing the reply."""

    def __missing__(self, key: str) -> str:
        logger.warning("No value for placeholder '%s'", key)
        return ""


def placeholders(text: str) -> set[str]:
    """The named placeholders of a message."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def render(
    reply: Reply, name: str, language: str, catalog: Translations, values: dict[str, Any]
) -> dict[str, Any]:
    """The message for ``reply`` in ``language``: text, buttons, and what channels need to lay it out."""
    rtl = language in RTL_LANGUAGES
    formatted = _Values(
        {
            key: isolate(value) if isinstance(value, str) else format_value(value, language)
            for key, value in values.items()
        }
    )
    text = catalog.gettext(reply.text).format_map(formatted)
    choices = [
        Button(INTENT_TITLES[intent], f"/{intent}")
        for intent in (values.get(reply.choices_from) or [] if reply.choices_from else [])
        if intent in INTENT_TITLES
    ]
    buttons = [
        {"title": catalog.gettext(b.title) if b.translate else b.title, "payload": b.payload}
        for b in [*choices, *reply.buttons]
    ]
    return {
        "text": isolate_ltr_runs(text) if rtl else text,
        "buttons": buttons,
        "custom": {"language": language, "rtl": rtl, "response": name},
    }
