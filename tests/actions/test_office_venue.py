"""The map pin of an office: shown with the answer only once the office's place is verified."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.offices import ActionFindOffice
from actions.registry_access import registry
from registry.models import Office
from replies.nlg import CatalogNLG
from tests.actions.conftest import make_tracker

ADDRESS = "Avenue Mohammed V, Tanger"
VERIFIED = {
    "address": f"  {ADDRESS} ",
    "latitude": 35.7767,
    "longitude": -5.8039,
    "seat_confirmed": True,
    "verified_on": dt.date(2026, 11, 29),
}
TANGER_AR = "غرفة الصناعة التقليدية لجهة طنجة تطوان الحسيمة"
TANGER_FR = "Chambre d'artisanat de la région Tanger-Tétouan-Al Hoceïma"


def _tanger_chamber(session) -> Office:
    return session.execute(
        select(Office).where(Office.kind == "chamber", Office.region_code == "TTA")
    ).scalar_one()


@pytest.fixture
def tanger() -> Iterator[Any]:
    """Sets fields of the Tanger chamber for one test; the seeded values come back afterwards."""
    with registry().session() as session:
        office = _tanger_chamber(session)
        seeded = {name: getattr(office, name) for name in (*VERIFIED, "phone")}

    def set_fields(**fields: Any) -> None:
        with registry().session() as session:
            office = _tanger_chamber(session)
            for name, value in fields.items():
                setattr(office, name, value)

    yield set_fields
    set_fields(**seeded)


async def answer(domain, city: str, language: str) -> dict[str, Any]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(city, "find_office", slots={"language": language, "office_city": city})
    await ActionFindOffice().run(dispatcher, tracker, domain)
    (message,) = dispatcher.messages
    return message


@pytest.mark.parametrize(("language", "title"), [("fr", TANGER_FR), ("ar", TANGER_AR), ("ary", TANGER_AR)])
async def test_a_verified_office_comes_with_its_map_pin(domain, tanger, language: str, title: str) -> None:
    tanger(**VERIFIED)
    message = await answer(domain, "Tétouan", language)
    assert message["venue"] == {"latitude": 35.7767, "longitude": -5.8039, "title": title, "address": ADDRESS}
    assert message["response"] == "utter_office_known_address", "the text gives the address, not a phone"
    assert message["address"] == ADDRESS


async def test_with_a_phone_too_the_pin_comes_with_the_contact_answer(domain, tanger) -> None:
    tanger(**VERIFIED, phone="+212539000000")
    message = await answer(domain, "Tanger", "fr")
    assert message["response"] == "utter_office_known_contact" and message["venue"]["title"] == TANGER_FR


@pytest.mark.parametrize(
    "unverified",
    [
        {"address": None},
        {"address": "   "},
        {"latitude": None},
        {"longitude": None},
        {"latitude": None, "longitude": None},
        {"seat_confirmed": False},
        {"verified_on": None},
    ],
)
async def test_no_pin_for_a_place_not_verified(domain, tanger, unverified: dict[str, Any]) -> None:
    tanger(**{**VERIFIED, **unverified})
    message = await answer(domain, "Tanger", "fr")
    assert "venue" not in message and message["custom"] == {}


@pytest.mark.parametrize("city", ["Tanger", "Fès", "Oujda", "Casablanca", "Agadir", "Dakhla"])
async def test_the_seeded_offices_have_no_pin(domain, city: str) -> None:
    assert "venue" not in await answer(domain, city, "ary")


async def rest_output(domain, language: str) -> tuple[list[dict[str, Any]], list[Any]]:
    """The action's messages as Rasa turns them into bot events and the REST channel's output."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("Tanger", "find_office", slots={"language": language, "office_city": "Tanger"})
    await ActionFindOffice().run(dispatcher, tracker, domain)
    rasa_tracker = DialogueStateTracker.from_events(
        "u", [SlotSet("language", language)], slots=Domain.load("domain").slots
    )
    output = CollectingOutputChannel()
    events = await RemoteAction._utter_responses(dispatcher.messages, output, CatalogNLG(), rasa_tracker)
    for event in events:
        await output.send_response("u", {"text": event.text, **event.data})
    return output.messages, events


async def test_the_pin_rides_with_the_language_and_response_through_rasa(domain, tanger) -> None:
    tanger(**VERIFIED, phone="+212539000000")
    messages, _ = await rest_output(domain, "ary")
    *texts, companion = messages
    assert texts and all("custom" not in m for m in texts) and ADDRESS in "".join(m["text"] for m in texts)
    assert companion["custom"] == {
        "language": "ary",
        "rtl": True,
        "response": "utter_office_known_contact",
        "venue": {"latitude": 35.7767, "longitude": -5.8039, "title": TANGER_AR, "address": ADDRESS},
    }


async def test_the_text_is_the_same_with_or_without_the_pin(domain, tanger) -> None:
    tanger(**{**VERIFIED, "verified_on": None}, phone="+212539000000")
    without, _ = await rest_output(domain, "fr")
    tanger(verified_on=dt.date(2026, 11, 29))
    with_pin, events = await rest_output(domain, "fr")
    assert [m.get("text") for m in with_pin] == [m.get("text") for m in without]
    assert "venue" not in without[-1]["custom"] and with_pin[-1]["custom"]["venue"]["title"] == TANGER_FR
    # The tracker keeps the pin in the answer's own event.
    assert events[0].data["custom"]["venue"]["address"] == ADDRESS
