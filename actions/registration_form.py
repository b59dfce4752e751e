"""The registration request: a form that collects what a chamber needs, then records it after consent."""

from __future__ import annotations

import abc
import datetime as dt
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT
from rasa_sdk.types import DomainDict

from actions.field_formats import clean_name, find_cin, find_mobile, mask, name_in_answer
from actions.form_support import (
    FORM_SLOTS,
    FREE_WORD_SLOTS,
    REQUEST_CATEGORIES,
    QuestionAwareFormValidation,
    answered_otherwise,
    checked,
    cleared,
    failures_of,
    is_conversation_only,
    rejected,
)
from actions.registry_access import localised, registry
from registry import queries
from registry.models import HELPER_RELATIONSHIPS

logger = logging.getLogger(__name__)
UNLISTED_TRADE = "OTHER"
GROUP_CATEGORIES = {"cooperative", "enterprise"}
# A trade kept as written must still be a word, not "ah" or "ok".
MIN_TRADE_LETTERS = 3
# Another person the request is for, as nlu.on_behalf reads it ("someone": their tie was not said).
ON_BEHALF = "on_behalf_of"
FOR_OTHER = "request_for_other"
# Asked only of someone registering another person.
HELPER_QUESTIONS = ("request_relationship", "request_person_consent")


def _starting(tracker: Tracker) -> bool:
    """Whether the form is being opened by this message (nothing asked yet)."""
    return tracker.get_slot("requested_slot") is None


def _first_entity(tracker: Tracker, entity: str) -> dict[str, Any] | None:
    """The first ``entity`` of the latest message, with the text it was found in."""
    return next((e for e in (tracker.latest_message or {}).get("entities") or [] if e.get("entity") == entity), None)


def _said_for(tracker: Tracker) -> str | None:
    """Who the latest message says the request is for (a tie, or "someone"), if another person."""
    return next(tracker.get_latest_entity_values(ON_BEHALF), None)


def for_other(tracker: Tracker) -> bool:
    """Whether the request being prepared is for someone other than the user."""
    return tracker.get_slot(FOR_OTHER) is True


def _confirmed_at(tracker: Tracker, slot: str) -> dt.datetime:
    """When ``slot`` was last set to True (the user's answer), or now."""
    for event in reversed(tracker.events):
        if event.get("event") == "slot" and event.get("name") == slot and event.get("value") is True:
            if event.get("timestamp"):
                return dt.datetime.fromtimestamp(float(event["timestamp"]), dt.timezone.utc)
            break
    return dt.datetime.now(dt.timezone.utc)


def documents_response(category: str | None) -> str:
    """The response listing the papers for a kind of registrant."""
    if category in GROUP_CATEGORIES:
        return "utter_documents_group"
    return (
        f"utter_documents_{category}"
        if category in {"diploma", "practice", "maalem"}
        else "utter_ask_category_documents"
    )


class ValidateRnaRequestForm(QuestionAwareFormValidation):
    """Checks each answer; a bad one is explained and asked again."""

    def name(self) -> str:
        return "validate_rna_request_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        """The domain's questions; for someone else, also the helper's tie and the person's consent."""
        if for_other(tracker):
            return domain_slots
        return [s for s in domain_slots if s not in HELPER_QUESTIONS]

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any] | None:
        """The next question; none after a refusal (validated above), which ends the form keeping nothing."""
        if False in (tracker.get_slot("request_consent"), tracker.get_slot("request_person_consent")):
            return SlotSet(REQUESTED_SLOT, None)
        return await super().next_requested_slot(dispatcher, tracker, domain)

    async def validate_request_for_other(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return {FOR_OTHER: value is True}

    async def extract_request_for_other(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """For someone else when the opening message says so, or when the first question is answered so."""
        said = _said_for(tracker)
        switching = said is not None and tracker.get_slot("requested_slot") == "request_full_name"
        unknown = tracker.get_slot(FOR_OTHER) is None
        if not (_starting(tracker) or unknown or (switching and not for_other(tracker))):
            return {}
        if said is None:
            return {FOR_OTHER: False}
        dispatcher.utter_message(response="utter_noted_for_person")
        tie = {"request_relationship": said} if said in HELPER_RELATIONSHIPS else {}
        # Switching at the first question: the button's words are no name.
        switched = {} if _starting(tracker) else {"request_full_name": None}
        return {FOR_OTHER: True, **tie, **switched}

    async def validate_request_relationship(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A tie from the buttons or the words; a few words naming no known tie are kept as "other"."""
        said = _said_for(tracker)
        if said is None and value not in HELPER_RELATIONSHIPS and answered_otherwise(tracker, "request_relationship"):
            return {"request_relationship": None}
        if said in HELPER_RELATIONSHIPS or value in HELPER_RELATIONSHIPS:
            return {"request_relationship": said if said in HELPER_RELATIONSHIPS else value}
        text = str(value or "")
        words = sum(c.isalpha() for c in text) >= MIN_TRADE_LETTERS and not text.startswith("/")
        if said is None and words and not is_conversation_only(tracker, text):
            return {"request_relationship": "other"}
        return rejected(tracker, dispatcher, "request_relationship", "utter_invalid_relationship")

    async def validate_request_person_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is True:
            return {"request_person_consent": True}
        # The person did not agree (or the helper cannot say they did): nothing about them is kept.
        dispatcher.utter_message(response="utter_person_consent_refused")
        return dict.fromkeys(FORM_SLOTS) | {"request_person_consent": False, "requested_slot": None}

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
        """The kind of registrant said in this message (at any question) or before the form, said back
        instead of asked; a new statement replaces the one noted."""
        said = next(tracker.get_latest_entity_values("category"), None)
        if _starting(tracker):
            said = said or tracker.get_slot("category")
        elif (
            tracker.get_slot("requested_slot") in ("request_category", *FREE_WORD_SLOTS)
            or said == tracker.get_slot("request_category")
        ):
            # The answer to the category question itself is the slot mapping's (domain/registration.yml).
            return {}
        if said not in REQUEST_CATEGORIES or (said == "cooperative" and _said_for(tracker) == "cooperative_member"):
            # "a member of our cooperative" registers as one artisan, not as the cooperative.
            return {}
        dispatcher.utter_message(response="utter_noted_category", case=said)
        return {"request_category": said}

    async def validate_request_full_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if value is None:
            # Emptied by a switch to someone else (extract_request_for_other): nothing was answered.
            return {"request_full_name": None}
        if answered_otherwise(tracker, "request_full_name"):
            # A question written as one, or the answer to one asked aside: answered, then the name asked again.
            return {"request_full_name": None}
        # A tie ("ماما فاطمة") is not part of the name on the ID card.
        said = _said_for(tracker)
        text = name_in_answer(str(value or ""))
        name = None if said or is_conversation_only(tracker, text) else clean_name(text, min_words=2)
        return checked(tracker, dispatcher, "request_full_name", name, "utter_invalid_full_name")

    async def validate_request_cin(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        cin = find_cin(str(value or ""))
        return checked(tracker, dispatcher, "request_cin", cin, "utter_invalid_cin")

    async def validate_request_phone(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        phone = find_mobile(str(value or ""))
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
        if answered_otherwise(tracker, "request_trade"):
            # Not a trade to keep as written: a question or a case, answered before the trade is asked again.
            return {"request_trade": None}
        words = sum(c.isalpha() for c in text) >= MIN_TRADE_LETTERS and not is_conversation_only(tracker, text)
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
        # "No, I am a tanner (not a carpenter)": the trade said with the no is the one to confirm next.
        current = tracker.get_slot("request_trade")
        craft = next((e for e in (tracker.latest_message or {}).get("entities") or []
                      if e.get("entity") == "craft" and e.get("value") != current), None)
        if craft:
            return {"request_trade": craft["value"], "request_trade_text": craft.get("text"), "request_trade_ok": None}
        # Not that trade: ask for it again.
        return {"request_trade": None, "request_trade_text": None, "request_trade_ok": None}

    async def validate_request_city(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        with registry().session() as session:
            city = queries.find_city(session, str(value or ""))
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
        response = "utter_ask_request_person_trade_ok" if for_other(tracker) else "utter_ask_request_trade_ok"
        dispatcher.utter_message(response=response, trade=name or "")
        return []


class AskAboutWhom(Action, metaclass=abc.ABCMeta):
    """Ask a form question about the user, or about the person they register when it is for someone else."""

    @property
    @abc.abstractmethod
    def slot(self) -> str:
        """The form slot asked for (``request_full_name``)."""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if for_other(tracker):
            field = self.slot.removeprefix("request_")
            dispatcher.utter_message(response=f"utter_ask_request_person_{field}")
        else:
            dispatcher.utter_message(response=f"utter_ask_{self.slot}")
        return []


class ActionAskRequestFullName(AskAboutWhom):
    slot = "request_full_name"


class ActionAskRequestCin(AskAboutWhom):
    slot = "request_cin"


class ActionAskRequestPhone(AskAboutWhom):
    slot = "request_phone"


class ActionAskRequestTrade(AskAboutWhom):
    slot = "request_trade"


class ActionAskRequestCity(AskAboutWhom):
    slot = "request_city"


class ActionAskRequestCategory(AskAboutWhom):
    slot = "request_category"


class ActionAskRequestPersonConsent(Action):
    """Ask the helper whether the person, named, agrees to share their details."""

    def name(self) -> str:
        return "action_ask_request_person_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(
            response="utter_ask_request_person_consent", name=tracker.get_slot("request_full_name") or ""
        )
        return []


class ActionAskRequestConsent(Action):
    """Ask the user's consent, saying for someone else what is kept about the person and the helper."""

    def name(self) -> str:
        return "action_ask_request_consent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if for_other(tracker):
            dispatcher.utter_message(
                response="utter_ask_request_consent_for_person",
                relationship=tracker.get_slot("request_relationship") or "other",
            )
        else:
            dispatcher.utter_message(response="utter_ask_request_consent")
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
        helped = for_other(tracker)
        if helped and tracker.get_slot("request_person_consent") is not True:
            return cleared()
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
                helper_relationship=(tracker.get_slot("request_relationship") or "other") if helped else None,
                person_consent_at=_confirmed_at(tracker, "request_person_consent") if helped else None,
            )
            office = localised(request.office, tracker.get_slot("language")) if request.office else ""
            reference = request.reference
        # Personal data (law 09-08) never reaches the logs in clear.
        logger.info(
            "Request %s recorded (CIN %s, phone %s)", reference, mask(request.cin), mask(request.phone)
        )
        if helped:
            # Follow-up messages come to this chat, the helper's: they name the person (staff/views/requests.py).
            dispatcher.utter_message(
                response="utter_request_done_for_person",
                reference=reference,
                office=office,
                name=tracker.get_slot("request_full_name") or "",
            )
        else:
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
