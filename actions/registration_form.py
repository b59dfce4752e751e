"""The registration request: a form that collects what a chamber needs, then records it after consent."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.field_formats import clean_cin, clean_mobile, clean_name, mask
from actions.form_support import FORM_SLOTS, checked, cleared, failures_of, is_non_answer, rejected
from actions.registry_access import localised, registry
from registry import queries

logger = logging.getLogger(__name__)
UNLISTED_TRADE = "OTHER"
GROUP_CATEGORIES = {"cooperative", "enterprise"}
REQUEST_CATEGORIES = ("diploma", "practice", "maalem", "cooperative", "enterprise")
# A trade kept as written must still be a word, not "ah" or "ok".
MIN_TRADE_LETTERS = 3


def _starting(tracker: Tracker) -> bool:
    """Whether the form is being opened by this message (nothing asked yet)."""
    return tracker.get_slot("requested_slot") is None


def _first_entity(tracker: Tracker, entity: str) -> dict[str, Any] | None:
    """The first ``entity`` of the latest message, with the text it was found in."""
    return next((e for e in (tracker.latest_message or {}).get("entities") or [] if e.get("entity") == entity), None)


def documents_response(category: str | None) -> str:
    """The response listing the papers for a kind of registrant."""
    if category in GROUP_CATEGORIES:
        return "utter_documents_group"
    return (
        f"utter_documents_{category}"
        if category in {"diploma", "practice", "maalem"}
        else "utter_ask_category_documents"
    )


class ValidateRnaRequestForm(FormValidationAction):
    """Checks each answer; a bad one is explained and asked again."""

    def name(self) -> str:
        return "validate_rna_request_form"

    async def extract_request_trade(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The trade named in the message that opened the form, confirmed later instead of asked."""
        craft = _first_entity(tracker, "craft") if _starting(tracker) else None
        return {"request_trade": craft.get("text") or craft["value"]} if craft else {}

    async def extract_request_city(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The city named in the message that opened the form, said back instead of asked."""
        city = _first_entity(tracker, "city") if _starting(tracker) else None
        if city is None:
            return {}
        with registry().session() as session:
            known = queries.city_by_name(session, str(city["value"]))
            name = known.name if known else None
        if name is None:
            return {}
        dispatcher.utter_message(response="utter_noted_city", city=name)
        return {"request_city": name}

    async def extract_request_category(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The kind of registrant said in this message or earlier, said back instead of asked."""
        if not _starting(tracker):
            return {}
        said = next(tracker.get_latest_entity_values("category"), None) or tracker.get_slot("category")
        if said not in REQUEST_CATEGORIES:
            return {}
        dispatcher.utter_message(response="utter_noted_category", case=said)
        return {"request_category": said}

    async def validate_request_full_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        name = None if is_non_answer(tracker) else clean_name(str(value or ""), min_words=2)
        return checked(tracker, dispatcher, "request_full_name", name, "utter_invalid_full_name")

    async def validate_request_cin(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return checked(tracker, dispatcher, "request_cin", clean_cin(str(value or "")), "utter_invalid_cin")

    async def validate_request_phone(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        phone = clean_mobile(str(value or ""))
        return checked(tracker, dispatcher, "request_phone", phone, "utter_invalid_phone")

    async def validate_request_trade(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = " ".join(str(value or "").split())[:200]
        with registry().session() as session:
            named = [queries.trade_by_code(session, c) for c in tracker.get_latest_entity_values("craft")]
            trades = [t for t in named if t] or queries.match_trades(session, text)
            code = trades[0].code if trades else None
        if code:
            return {"request_trade": code, "request_trade_text": text, "request_trade_ok": None}
        words = sum(c.isalpha() for c in text) >= MIN_TRADE_LETTERS and not is_non_answer(tracker)
        if words and failures_of(tracker, "request_trade") >= 1:
            # The list is incomplete: after a second try, keep the trade as written for the chamber to check.
            dispatcher.utter_message(response="utter_keep_trade_as_written")
            return {"request_trade": UNLISTED_TRADE, "request_trade_text": text, "request_trade_ok": True}
        return rejected(tracker, dispatcher, "request_trade", "utter_invalid_trade")

    async def validate_request_trade_ok(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is True:
            return {"request_trade_ok": True}
        # Not that trade: ask for it again.
        return {"request_trade": None, "request_trade_text": None, "request_trade_ok": None}

    async def validate_request_city(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        with registry().session() as session:
            city = queries.city_by_name(session, str(value or "")) or queries.match_city(
                session, str(value or "")[:200]
            )
            name = city.name if city else None
        return checked(tracker, dispatcher, "request_city", name, "utter_invalid_city")

    async def validate_request_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is True:
            return {"request_consent": True}
        # No consent, nothing kept: the answers are cleared before the form ends.
        dispatcher.utter_message(response="utter_request_not_saved")
        return dict.fromkeys(FORM_SLOTS) | {"request_consent": False, "requested_slot": None}


class ActionAskRequestTradeOk(Action):
    """Ask to confirm the matched trade, named in the reply language."""

    def name(self) -> str:
        return "action_ask_request_trade_ok"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        with registry().session() as session:
            trade = queries.trade_by_code(session, tracker.get_slot("request_trade") or "")
            name = (
                localised(trade, tracker.get_slot("language"))
                if trade
                else tracker.get_slot("request_trade_text")
            )
        dispatcher.utter_message(response="utter_ask_request_trade_ok", trade=name or "")
        return []


class ActionSubmitRnaRequest(Action):
    """Record the request once consent is given; give the reference and the next steps."""

    def name(self) -> str:
        return "action_submit_rna_request"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if tracker.get_slot("request_consent") is not True:
            return cleared()
        trade = tracker.get_slot("request_trade")
        category = tracker.get_slot("request_category")
        with registry().session() as session:
            request = queries.create_request(
                session,
                full_name=tracker.get_slot("request_full_name"),
                cin=tracker.get_slot("request_cin"),
                phone=tracker.get_slot("request_phone"),
                trade_code=None if trade == UNLISTED_TRADE else trade,
                trade_text=tracker.get_slot("request_trade_text"),
                city_name=tracker.get_slot("request_city"),
                category=category,
                conversation_id=tracker.sender_id,
                consent_at=dt.datetime.now(dt.timezone.utc),
            )
            office = localised(request.office, tracker.get_slot("language")) if request.office else ""
            reference = request.reference
        # Personal data (law 09-08) never reaches the logs in clear.
        logger.info(
            "Request %s recorded (CIN %s, phone %s)", reference, mask(request.cin), mask(request.phone)
        )
        dispatcher.utter_message(response="utter_request_done", reference=reference, office=office)
        dispatcher.utter_message(response=documents_response(category))
        return cleared()


class ActionStopForm(Action):
    """Leave whatever form is active, keeping none of its answers."""

    def name(self) -> str:
        return "action_stop_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_form_stopped")
        return [ActiveLoop(None), *cleared(), SlotSet("requested_slot", None)]
