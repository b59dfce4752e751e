"""Who may register, which papers to bring, and whether a trade is in the list — answered by case."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.registration_form import REQUEST_CATEGORIES, documents_response
from actions.registry_access import localised, registry
from registry import queries

# The five kinds of registrant the law names, and "none" of them (the buttons say so too).
CATEGORIES = (*REQUEST_CATEGORIES, "none")
# A short message with no known trade is most likely the trade's name itself.
MAX_WORDS_OF_A_TRADE_NAME = 3


def _category(tracker: Tracker) -> str | None:
    """The case this message states, else the one stated earlier in the conversation."""
    value = next(tracker.get_latest_entity_values("category"), None) or tracker.get_slot("category")
    return value if value in CATEGORIES else None


class ActionEligibility(Action):
    """Say whether the user's case may register, or ask which case is theirs."""

    def name(self) -> str:
        return "action_eligibility"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        category = _category(tracker)
        dispatcher.utter_message(
            response=f"utter_eligibility_{category}" if category else "utter_ask_category_eligibility"
        )
        return []


class ActionDocuments(Action):
    """List the papers known for the user's case, or ask which case is theirs."""

    def name(self) -> str:
        return "action_documents"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        category = _category(tracker)
        response = "utter_eligibility_none" if category == "none" else documents_response(category)
        dispatcher.utter_message(response=response)
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
