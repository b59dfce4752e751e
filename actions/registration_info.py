"""Who may register, which papers to bring, and whether a trade is in the list — answered by case."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.latest_message import split_at_latest_message
from actions.registration_form import REQUEST_CATEGORIES, documents_response
from actions.registry_access import localised, registry
from actions.restated_situation import answered_again, opens_with_no
from registry import queries

# The five kinds of registrant the law names, and "none" of them (the buttons say so too).
CATEGORIES = (*REQUEST_CATEGORIES, "none")
# A short message with no known trade is most likely the trade's name itself.
MAX_WORDS_OF_A_TRADE_NAME = 3
# Asked by action_documents when the case is not known.
ASK_DOCUMENTS = "utter_ask_category_documents"


def _category(tracker: Tracker) -> str | None:
    """The case this message states, else the one stated earlier in the conversation."""
    value = next(tracker.get_latest_entity_values("category"), None) or tracker.get_slot("category")
    return value if value in CATEGORIES else None


def _last_question(tracker: Tracker) -> str | None:
    """The response the assistant sent just before the latest message (its question, if it asked one)."""
    before, _ = split_at_latest_message(tracker)
    bot = next((e for e in reversed(before) if e.get("event") == "bot"), None)
    return ((bot or {}).get("metadata") or {}).get("utter_action")


def _answers(tracker: Tracker, question: str) -> bool:
    """Whether the latest message states a case in answer to ``question``. A bare statement of one's case
    reads as a question about registering ("ana m3lem"), but after "which papers? which case are you?"
    it answers that question, and wants the papers."""
    stated = next(tracker.get_latest_entity_values("category"), None) in CATEGORIES
    return stated and _last_question(tracker) == question


def eligibility_response(category: str | None) -> str:
    """Whether ``category`` may register, or the question asking which case is the user's."""
    return f"utter_eligibility_{category}" if category else "utter_ask_category_eligibility"


def papers_response(category: str | None) -> str:
    """The papers for ``category`` (none may register without a case), or the question asking the case."""
    return "utter_eligibility_none" if category == "none" else documents_response(category)


class ActionEligibility(Action):
    """Say whether the user's case may register, or ask which case is theirs."""

    def name(self) -> str:
        return "action_eligibility"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        # "لا، في الحقيقة أنا أسكن في قرية" right after the financing answer reads as this question: it takes back
        # the stage that answer was chosen for, and gets it again. Without the no, "je suis au bled, je peux
        # m'inscrire" asks this question and states a stage along the way.
        again = answered_again(tracker, dispatcher) if opens_with_no(tracker) else None
        if again is not None:
            return again
        category = _category(tracker)
        answer = papers_response if _answers(tracker, ASK_DOCUMENTS) else eligibility_response
        dispatcher.utter_message(response=answer(category))
        return []


class ActionDocuments(Action):
    """List the papers known for the user's case, or ask which case is theirs."""

    def name(self) -> str:
        return "action_documents"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response=papers_response(_category(tracker)))
        return []


class ActionCraftLookup(Action):
    """Confirm a trade found in the list; otherwise say the list is incomplete and where to ask."""

    def name(self) -> str:
        return "action_craft_lookup"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        text = (tracker.latest_message or {}).get("text") or ""
        codes = list(tracker.get_latest_entity_values("craft"))
        with registry().session() as session:
            trades = [
                t for t in (queries.trade_by_code(session, c) for c in codes) if t
            ] or queries.match_trades(session, text)
            name = localised(trades[0], tracker.get_slot("language")) if trades else None
        if name:
            dispatcher.utter_message(response="utter_craft_listed", trade=name)
        elif codes or len(text.split()) <= MAX_WORDS_OF_A_TRADE_NAME:
            dispatcher.utter_message(
                response="utter_craft_not_listed", craft=codes[0] if codes else text.strip()
            )
        else:
            dispatcher.utter_message(response="utter_ask_craft")
        return []
