"""What the assistant says when it cannot act on a message."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.registry_access import registry
from actions.restated_situation import answered_again
from actions.unanswered import note_unanswered

# Set by nlu.input_guard.InputGuard; each problem has its own kind answer.
RESPONSE_FOR_PROBLEM = {
    "empty": "utter_empty_message",
    "no_words": "utter_no_words",
    "unknown_command": "utter_unknown_command",
    "too_long": "utter_long_message",
}
# Intents worth offering back as "did you mean…?"; greetings and thanks are not.
SUGGESTIBLE = frozenset(
    """rna_register_how rna_eligibility rna_documents rna_apply rna_status artisan_card craft_lookup
    find_office amo_info amo_cost amo_enroll pension_info financing training marketing human_handoff
    forget_me ask_help choose_language""".split()
)
SUGGESTIONS = 2
# Actions Rasa runs by itself around every user message.
_BOOKKEEPING = {
    "action_listen",
    "action_extract_slots",
    "action_validate_slot_mappings",
    "action_session_start",
}


# Run as the core fallback (no policy sure of any action), nothing else would predict listening after it: without
# this, it ran ten times in a row for one message (a form rejected where no rule could take over).
def _listen() -> list[dict[str, Any]]:
    return [FollowupAction("action_listen")]


def suggestions(ranking: list[dict[str, Any]]) -> list[str]:
    """The best intents of the classifier's ranking that can be offered as buttons."""
    names = [entry.get("name") for entry in ranking]
    return [name for name in names if name in SUGGESTIBLE][:SUGGESTIONS]


def previous_action(events: list[dict[str, Any]]) -> str | None:
    """The last action the assistant chose before the latest user message."""
    seen_user = False
    for event in reversed(events):
        if event.get("event") == "user":
            if seen_user:
                return None
            seen_user = True
        elif seen_user and event.get("event") == "action" and event.get("name") not in _BOOKKEEPING:
            return event.get("name")
    return None


class ActionFallback(Action):
    """Explain kindly why a message could not be used; offer the likeliest topics, then a person."""

    def name(self) -> str:
        return "action_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        problem = message.get("input_problem")
        if problem in RESPONSE_FOR_PROBLEM:
            dispatcher.utter_message(response=RESPONSE_FOR_PROBLEM[problem])
            return _listen()
        # Not understood, but taking back the situation of the last answer ("لا، أنا أعيش في البادية"): answered again.
        again = answered_again(tracker, dispatcher)
        if again is not None:
            return again
        with registry().session() as session:
            note_unanswered(session, tracker)
        if previous_action(tracker.events) == self.name():
            dispatcher.utter_message(response="utter_offer_person")
        elif offered := suggestions(message.get("intent_ranking") or []):
            dispatcher.utter_message(response="utter_did_you_mean", suggestions=offered)
        else:
            dispatcher.utter_message(response="utter_did_not_understand")
        return _listen()
