"""A Rasa NLG that renders every `utter_*` response from the Babel catalogs.

Configured in endpoints.yml (``nlg: type: replies.nlg.CatalogNLG``). The reply language
is the ``language`` slot; placeholder values come from the action that asked for the
response, then from the slots.
"""

from __future__ import annotations

import logging
import string
from typing import Any, Dict, Optional, Text

from rasa.core.nlg.generator import NaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from replies.bidi import isolate, isolate_ltr_runs
from replies.catalogs import RTL_LANGUAGES, format_value, load_catalogs
from replies.messages import RESPONSES, Reply
from hirfa.settings import Settings

logger = logging.getLogger(__name__)


class _Values(dict):
    """Placeholder values; a missing one renders as nothing rather than failing the reply."""

    def __missing__(self, key: str) -> str:
        logger.warning("No value for placeholder '%s'", key)
        return ""


def placeholders(text: str) -> set[str]:
    """The named placeholders of a message."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class CatalogNLG(NaturalLanguageGenerator):
    """Renders responses by name from the compiled catalogs of the reply language."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, domain: Optional[Domain] = None) -> None:
        self._catalogs = load_catalogs()
        self._default_language = Settings.from_env().default_language

    def render(self, name: str, language: str, values: Dict[Text, Any]) -> Optional[Dict[Text, Any]]:
        """The message for response ``name`` in ``language``, or None for an unknown name."""
        reply: Reply | None = RESPONSES.get(name)
        if reply is None:
            return None
        catalog = self._catalogs.get(language) or self._catalogs[self._default_language]
        rtl = language in RTL_LANGUAGES
        formatted = _Values(
            {k: isolate(format_value(v, language)) if isinstance(v, str) else format_value(v, language)
             for k, v in values.items()}
        )
        text = catalog.gettext(reply.text).format_map(formatted)
        buttons = [
            {"title": catalog.gettext(b.title) if b.translate else b.title, "payload": b.payload}
            for b in reply.buttons
        ]
        if rtl:
            text = isolate_ltr_runs(text)
        message: Dict[Text, Any] = {"text": text, "buttons": buttons}
        message["custom"] = {"language": language, "rtl": rtl, "response": name}
        return message

    async def generate(
        self,
        utter_action: Text,
        tracker: DialogueStateTracker,
        output_channel: Text,
        **kwargs: Any,
    ) -> Optional[Dict[Text, Any]]:
        """Renders ``utter_action`` for this conversation's reply language."""
        language = tracker.get_slot("language") or self._default_language
        values = {**tracker.current_slot_values(), **kwargs}
        return self.render(utter_action, language, values)
