"""The nearest chamber: said flatly where its seat is confirmed, "usually" where the seed only assumes it."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.offices import ActionFindOffice, office_response
from tests.actions.conftest import make_tracker


def test_the_response_depends_on_whether_the_seat_is_confirmed() -> None:
    assert office_response(True) == "utter_office_unknown_contact"
    assert office_response(False) == "utter_office_assumed_seat"


@pytest.mark.parametrize(
    ("city", "response", "office_city"),
    [
        ("Tétouan", "utter_office_unknown_contact", "Tanger"),  # the one confirmed seat (DOMAIN.md §4)
        ("Meknès", "utter_office_assumed_seat", "Fès"),
        ("Nador", "utter_office_assumed_seat", "Oujda"),
    ],
)
async def test_the_chamber_of_the_city_is_named_with_what_is_known_of_its_seat(
    domain, city: str, response: str, office_city: str
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(city, "find_office", slots={"language": "fr", "office_city": city})
    await ActionFindOffice().run(dispatcher, tracker, domain)
    (message,) = dispatcher.messages
    assert message["response"] == response
    assert message["office_city"] == office_city and message["city"] == city


async def test_the_oriental_chamber_is_named_in_good_french(domain) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("Oujda", "find_office", slots={"language": "fr", "office_city": "Oujda"})
    await ActionFindOffice().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0]["office"] == "Chambre d'artisanat de la région de l'Oriental"
