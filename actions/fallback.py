"""What the assistant says when it cannot act on a message."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

# Set by nlu.input_guard.InputGuard; each problem has its own kind answer.
RESPONSE_FOR_PROBLEM = {
    "empty": "utter_empty_message",
    "no_words": "utter_no_words",
    "unknown_command": "utter_unknown_command",
    "too_long": "utter_long_message",
}


class ActionFallback(Action):
    """Explain kindly why the message could not be used, and offer the menu."""

    def name(self) -> str:
        return "action_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        problem = (tracker.latest_message or {}).get("input_problem")
        dispatcher.utter_message(response=RESPONSE_FOR_PROBLEM.get(problem, "utter_did_not_understand"))
        return []
