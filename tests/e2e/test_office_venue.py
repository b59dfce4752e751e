"""The real assistant answers "where is the chamber" with a map pin once the office's place is verified."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from registry.db import Registry
from registry.models import Office
from tests.e2e.conftest import Assistant
from tests.e2e.test_telegram import new_chat, start_bot

QUESTION = "fin kayna l'ghorfa f tanger"
PLACE = {
    "address": "Avenue Mohammed V, Tanger",
    "phone": "+212539000000",
    "latitude": 35.7767,
    "longitude": -5.8039,
    "seat_confirmed": True,
    "verified_on": dt.date(2026, 11, 29),
}
TANGER_AR = "غرفة الصناعة التقليدية لجهة طنجة تطوان الحسيمة"


def _chamber(session) -> Office:
    return session.execute(
        select(Office).where(Office.kind == "chamber", Office.region_code == "TTA")
    ).scalar_one()


@pytest.fixture
def tanger_chamber(assistant: Assistant) -> Iterator[Any]:
    """Sets fields of the Tanger chamber in the running assistant's registry; the seed's come back after."""
    registry = Registry.from_url(assistant.database_url)

    def set_fields(**fields: Any) -> None:
        with registry.session() as session:
            office = _chamber(session)
            for name, value in fields.items():
                setattr(office, name, value)

    with registry.session() as session:
        seeded = {name: getattr(_chamber(session), name) for name in PLACE}
    try:
        yield set_fields
    finally:
        set_fields(**seeded)
        registry.dispose()


def venues(replies: list[dict]) -> list[dict]:
    return [r["custom"]["venue"] for r in replies if "venue" in (r.get("custom") or {})]


def test_a_verified_office_is_answered_with_its_pin(assistant: Assistant, tanger_chamber) -> None:
    tanger_chamber(**PLACE)
    replies = assistant.send(f"venue-{uuid.uuid4().hex[:8]}", QUESTION)
    assert venues(replies) == [
        {"latitude": 35.7767, "longitude": -5.8039, "title": TANGER_AR, "address": PLACE["address"]}
    ]
    text_at = next(i for i, r in enumerate(replies) if PLACE["address"] in (r.get("text") or ""))
    companion = next(i for i, r in enumerate(replies) if "venue" in (r.get("custom") or {}))
    assert companion > text_at, "the pin comes after the answer's text"
    assert replies[companion]["custom"]["response"] == "utter_office_known_contact"
    assert replies[companion]["custom"]["language"] == "ary"


def test_an_unverified_office_has_no_pin(assistant: Assistant, tanger_chamber) -> None:
    tanger_chamber(**{**PLACE, "verified_on": None})
    replies = assistant.send(f"venue-{uuid.uuid4().hex[:8]}", QUESTION)
    assert [r["custom"]["response"] for r in replies if "custom" in r] == ["utter_office_known_contact"]
    assert venues(replies) == []


def test_the_seeded_office_is_answered_as_before(assistant: Assistant, tanger_chamber) -> None:
    replies = assistant.send(f"venue-{uuid.uuid4().hex[:8]}", QUESTION)
    assert [r["custom"]["response"] for r in replies if "custom" in r] == ["utter_office_unknown_contact"]
    assert venues(replies) == []


def test_the_telegram_user_gets_a_venue_after_the_text(
    assistant: Assistant, tanger_chamber, tmp_path
) -> None:
    tanger_chamber(**PLACE)
    bot = start_bot(assistant, tmp_path / "bot.log")
    try:
        chat = new_chat()
        replies = bot.say(chat, QUESTION)
    finally:
        bot.stop()
        bot.telegram.stop()
    assert [c.method for c in replies] == ["sendMessage", "sendVenue"] and all(c.ok for c in replies)
    assert PLACE["address"] in replies[0].text
    venue = replies[1].params
    assert (venue["latitude"], venue["longitude"], venue["title"], venue["address"]) == (
        35.7767,
        -5.8039,
        TANGER_AR,
        PLACE["address"],
    )
