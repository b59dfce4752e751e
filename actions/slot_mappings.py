"""Slots filled after every user message, before the next action is chosen."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.latest_message import slot_before_latest_message
from actions.reply_language import LanguageState, next_state

# Form questions answered with a name or a number: the answer shows no variety ("Karim Bennani" reads as
# Arabizi to the learned model), so it is no evidence towards switching the reply language.
NO_LANGUAGE_ANSWERS = frozenset({"request_full_name", "request_cin", "request_phone", "status_reference", "status_cin"})
# What the user says of themselves, remembered for the conversation (domain/*.yml: from_entity, any turn).
SITUATION_SLOTS = ("category", "tax_situation", "business_stage")
# Except in a name: "Mohamed El Maalem" is not a master artisan.
NAME_ANSWERS = frozenset({"request_full_name", "request_relationship"})


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
    """Keeps the reply language up to date (see actions.reply_language), and what the user says of
    themselves out of the names they type."""

    def domain_slots(self, domain: DomainDict) -> list[str]:
        """The slots extract_language fills and the situation slots checked (rasa-sdk keeps only these): Rasa
        sends this action no domain (enable_selective_domain in endpoints.yml)."""
        return ["language", "language_pinned", "language_evidence", *SITUATION_SLOTS]

    def _unless_in_a_name(self, slot: str, value: Any, tracker: Tracker) -> dict[str, Any]:
        """``value`` read from the latest message; but a name was typed, the value stated before stays."""
        if tracker.get_slot("requested_slot") in NAME_ANSWERS:
            return {slot: slot_before_latest_message(tracker, slot)}
        return {slot: value}

    async def validate_category(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._unless_in_a_name("category", value, tracker)

    async def validate_tax_situation(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._unless_in_a_name("tax_situation", value, tracker)

    async def validate_business_stage(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._unless_in_a_name("business_stage", value, tracker)

    async def extract_language(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Language, whether it was chosen, and the evidence towards a switch."""
        progress = tracker.get_slot("language_evidence") or {}
        message = tracker.latest_message or {}
        # A form that starts runs this again for the same message: its evidence counts once.
        counted = message.get("message_id") is not None and progress.get("message") == message.get("message_id")
        if counted:
            return {}
        state = LanguageState(
            language=tracker.get_slot("language"),
            pinned=bool(tracker.get_slot("language_pinned")),
            candidate=progress.get("candidate"),
            evidence=int(progress.get("evidence") or 0),
            heard=bool(progress.get("heard")),
        )
        evidence = tracker.get_slot("requested_slot") not in NO_LANGUAGE_ANSWERS
        new = next_state(
            state,
            chosen=_chosen_language(tracker),
            variety=message.get("variety") if evidence else None,
            strength=int(message.get("variety_strength") or 0) if evidence else 0,
            platform_code=_latest_user_metadata(tracker).get("language_code"),
            greeting=(message.get("intent") or {}).get("name") == "greet",
        )
        if new == state:
            return {}
        counted_in = {"message": message["message_id"]} if message.get("message_id") else {}
        return {
            "language": new.language,
            "language_pinned": new.pinned,
            "language_evidence": {
                "candidate": new.candidate, "evidence": new.evidence, "heard": new.heard, **counted_in
            },
        }
