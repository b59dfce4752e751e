"""Confirming a reply-language choice, or asking which language is wanted."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.restated_situation import answered_again
from hirfa.languages import REPLY_LANGUAGES


class ActionChooseLanguage(Action):
    """The slot mapping has already switched the language; confirm it, or ask for one."""

    def name(self) -> str:
        return "action_choose_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        named = next(tracker.get_latest_entity_values("language"), None)
        # No language named: "la, ana f l3roubia" (in the countryside) after the financing answer is no choice of
        # Arabic but the stage taken back.
        again = None if named else answered_again(tracker, dispatcher)
        if again is not None:
            return again
        dispatcher.utter_message(
            response="utter_language_changed" if named in REPLY_LANGUAGES else "utter_ask_language"
        )
        return []
