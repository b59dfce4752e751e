"""Slots filled after every user message, before the next action is chosen."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.reply_language import LanguageState, next_state


def _latest_user_metadata(tracker: Tracker) -> dict[str, Any]:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("metadata") or {}
    return {}


def _chosen_language(tracker: Tracker) -> str | None:
    if ((tracker.latest_message or {}).get("intent") or {}).get("name") != "choose_language":
        return None
    return next(tracker.get_latest_entity_values("language"), None)


class ValidateSlotMappings(ValidationAction):
    """Keeps the reply language up to date (see actions.reply_language)."""

    def domain_slots(self, domain: DomainDict) -> list[str]:
        """The slots extract_language fills (rasa-sdk keeps only these): Rasa sends this action no domain
        (enable_selective_domain in endpoints.yml)."""
        return ["language", "language_pinned", "language_evidence"]

    async def extract_language(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Language, whether it was chosen, and the evidence towards a switch."""
        progress = tracker.get_slot("language_evidence") or {}
        state = LanguageState(
            language=tracker.get_slot("language"),
            pinned=bool(tracker.get_slot("language_pinned")),
            candidate=progress.get("candidate"),
            evidence=int(progress.get("evidence") or 0),
            heard=bool(progress.get("heard")),
        )
        message = tracker.latest_message or {}
        new = next_state(
            state,
            chosen=_chosen_language(tracker),
            variety=message.get("variety"),
            strength=int(message.get("variety_strength") or 0),
            platform_code=_latest_user_metadata(tracker).get("language_code"),
        )
        if new == state:
            return {}
        return {
            "language": new.language,
            "language_pinned": new.pinned,
            "language_evidence": {"candidate": new.candidate, "evidence": new.evidence, "heard": new.heard},
        }
