"""Rendering a reply in a language: translated text and buttons, values formatted, bidi-safe."""

from __future__ import annotations

import logging
import string
from typing import Any

from babel.support import Translations

from replies.bidi import isolate, isolate_ltr_runs
from replies.catalogs import RTL_LANGUAGES, format_value
from replies.messages import INTENT_TITLES, REMIND_ME, TOPIC_BUTTONS, Button, Reply

logger = logging.getLogger(__name__)


class _Values(dict):
    """Placeholder values; a missing one renders as nothing rather than failing the reply."""

    def __missing__(self, key: str) -> str:
        logger.warning("No value for placeholder '%s'", key)
        return ""


def placeholders(text: str) -> set[str]:
    """The named placeholders of a message."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _choice(item: str) -> Button | None:
    """A button for an intent name or a content topic; None for anything else."""
    if item in INTENT_TITLES:
        return Button(INTENT_TITLES[item], f"/{item}")
    if item in TOPIC_BUTTONS:
        title, intent = TOPIC_BUTTONS[item]
        return Button(title, f'/{intent}{{"topic": "{item}"}}')
    return None


def render(
    reply: Reply, name: str, language: str, catalog: Translations, values: dict[str, Any]
) -> dict[str, Any]:
    """The message for ``reply`` in ``language``: text, buttons, and what channels need to lay it out."""
    rtl = language in RTL_LANGUAGES
    formatted = _Values(
        {
            key: format_value(value, language, key)
            if key.endswith("_date") or not isinstance(value, str)
            else isolate(value)
            for key, value in values.items()
            if key not in reply.nested
        }
    )
    for key, titles in reply.labels.items():
        formatted[key] = catalog.gettext(titles.get(str(values.get(key)), "")) if key in values else ""
    for key in reply.nested:
        # Ministry content carries its own placeholders ({amount}), filled like any other value.
        formatted[key] = str(values.get(key) or "").format_map(formatted)
    text = catalog.gettext(reply.text).format_map(formatted)
    choices = [_choice(item) for item in (values.get(reply.choices_from) or [] if reply.choices_from else [])]
    choices = [c for c in choices if c is not None]
    # The NLG sets remind_step where a reminder about the next step can be offered (hirfa.artisan_path).
    offer = (REMIND_ME,) if values.get("remind_step") else ()
    raw = _Values(values)
    buttons = [
        {
            "title": catalog.gettext(b.title) if b.translate else b.title,
            "payload": b.payload.format_map(raw) if b.fill else b.payload,
        }
        for b in [*choices, *reply.buttons, *offer]
    ]
    return {
        "text": isolate_ltr_runs(text) if rtl else text,
        "buttons": buttons,
        "custom": {"language": language, "rtl": rtl, "response": name},
    }
