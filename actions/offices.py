"""The chamber of crafts that serves a city, found by its name or by a shared location."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.form_support import QuestionAwareFormValidation, checked
from actions.registry_access import localised, registry
from registry import queries
from registry.models import Office


def _shared_location(tracker: Tracker) -> tuple[float, float] | None:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            location = (event.get("metadata") or {}).get("location") or {}
            if "latitude" in location and "longitude" in location:
                return float(location["latitude"]), float(location["longitude"])
            return None
    return None


class ValidateOfficeForm(QuestionAwareFormValidation):
    """Matches the city, whatever its spelling; a shared location fills it too."""

    def name(self) -> str:
        return "validate_office_form"

    async def extract_office_city(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        location = _shared_location(tracker)
        if location is None:
            return {}
        with registry().session() as session:
            city = queries.nearest_city(session, *location)
            return {"office_city": city.name} if city else {}

    async def validate_office_city(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        with registry().session() as session:
            city = queries.find_city(session, str(value or ""))
            name = city.name if city else None
        return checked(tracker, dispatcher, "office_city", name, "utter_invalid_city")


class ActionFindOffice(Action):
    """Name the chamber of the city's region, with its address and phone only where they are known.

    A seat the seed only assumes (the regional capital) is said to be "usually" there.
    """

    def name(self) -> str:
        return "action_find_office"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if not tell_office(dispatcher, tracker.get_slot("office_city") or "", tracker.get_slot("language")):
            dispatcher.utter_message(response="utter_invalid_city")
        return [SlotSet("office_city", None)]


class ActionOfficeAside(Action):
    """Where the chamber is, asked in the middle of another form (data/rules/form_questions.yml).

    Only one form runs at a time: instead of opening the office question, the chamber is named for the city
    the message or the request already gave; with none known, the user is told to ask again once the form is
    done. The form then asks its own question again.
    """

    def name(self) -> str:
        return "action_office_aside"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        said = next(tracker.get_latest_entity_values("city"), None)
        with registry().session() as session:
            found = queries.find_city(session, str(said)) if said else None
            city = found.name if found else tracker.get_slot("request_city")
        if not (city and tell_office(dispatcher, city, tracker.get_slot("language"))):
            dispatcher.utter_message(response="utter_office_after_form")
        # The city of the question is no answer to the office question, which is not asked here.
        return [SlotSet("office_city", None)]


def tell_office(dispatcher: CollectingDispatcher, city_name: str, language: str | None) -> bool:
    """Name the chamber serving ``city_name``, with the address and phone where known; False if none is known."""
    with registry().session() as session:
        city = queries.city_by_name(session, city_name)
        offices = queries.offices_for_city(session, city.name) if city else []
        if not city or not offices:
            return False
        office = offices[0]
        office_city = queries.city_by_name(session, office.city_name) if office.city_name else None
        values = {
            "city": localised(city, language),
            "office": localised(office, language),
            "office_city": localised(office_city, language) if office_city else "",
        }
        place = office_venue(office, values["office"])
        # A value, not a json_message: Rasa would let that replace the NLG's custom part (reply language,
        # direction, response name); the NLG adds the pin to that part instead.
        extras = {"venue": place} if place else {}
        address = (office.address or "").strip()
        if address and office.phone:
            dispatcher.utter_message(
                response="utter_office_known_contact", address=address, phone=office.phone, **values, **extras
            )
        elif address:
            dispatcher.utter_message(response="utter_office_known_address", address=address, **values, **extras)
        else:
            dispatcher.utter_message(response=office_response(office.seat_confirmed), **values, **extras)
    return True


def office_response(seat_confirmed: bool) -> str:
    """How to name a chamber without its contacts: flatly where its seat is confirmed, else "usually in"."""
    return "utter_office_unknown_contact" if seat_confirmed else "utter_office_assumed_seat"


def verified_place(office: Office) -> bool:
    """Whether the office may be shown on a map: an address, both coordinates, a confirmed seat, a check date.

    A pin looks more certain than a sentence, so it is never shown for a place the ministry has not verified.
    """
    return bool(
        (office.address or "").strip()
        and office.latitude is not None
        and office.longitude is not None
        and office.seat_confirmed
        and office.verified_on is not None
    )


def office_venue(office: Office, title: str) -> dict[str, Any] | None:
    """The map pin of a verified office (a Telegram venue), titled ``title``; None for any other office."""
    if not verified_place(office):
        return None
    return {
        "latitude": float(office.latitude),
        "longitude": float(office.longitude),
        "title": title,
        "address": office.address.strip(),
    }
