"""A Rasa NLG that renders every `utter_*` response from the Babel catalogs.

Configured in endpoints.yml (``nlg: type: replies.nlg.CatalogNLG``). The reply language
is the ``language`` slot; placeholder values come from the action that asked for the
response, then from the slots.
"""

from __future__ import annotations

from typing import Any

from rasa.core.nlg.generator import NaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from hirfa.artisan_path import is_telegram_chat, step_to_offer
from hirfa.settings import Settings
from replies.catalogs import load_catalogs
from replies.messages import RESPONSES
from replies.render import render


class CatalogNLG(NaturalLanguageGenerator):
    """Renders responses by name from the compiled catalogs of the reply language."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, domain: Domain | None = None) -> None:
        self._catalogs = load_catalogs()
        self._default_language = Settings.from_env().default_language

    def render(self, name: str, language: str, values: dict[str, Any]) -> dict[str, Any] | None:
        """The message for response ``name`` in ``language``, or None for an unknown name."""
        reply = RESPONSES.get(name)
        if reply is None:
            return None
        if language not in self._catalogs:
            language = self._default_language
        return render(reply, name, language, self._catalogs[language], values)

    async def generate(
        self,
        utter_action: str,
        tracker: DialogueStateTracker,
        output_channel: str,
        **kwargs: Any,
    ) -> dict[str, Any] | None:
        """Renders ``utter_action`` for this conversation's reply language."""
        language = tracker.get_slot("language") or self._default_language
        values = {**tracker.current_slot_values(), **kwargs}
        step = _reminder_step(utter_action, tracker)
        if step:
            values["remind_step"] = step
        message = self.render(utter_action, language, values)
        if message is not None and kwargs.get("venue"):
            # An action's json_message would replace this custom part (language, direction, response name):
            # a map pin comes as a value instead, and rides along with them.
            message["custom"]["venue"] = kwargs["venue"]
        return message


def _reminder_step(name: str, tracker: DialogueStateTracker) -> str | None:
    """The step a "remind me" button under response ``name`` is about: only in a Telegram chat, where the
    scheduler can write later, and only under an answer about a step of the path (hirfa.artisan_path)."""
    message = tracker.latest_message
    metadata = getattr(message, "metadata", None) or {}
    if not is_telegram_chat(tracker.sender_id, metadata.get("channel")):
        return None
    intent = (getattr(message, "intent", None) or {}).get("name")
    return step_to_offer(name, intent)
