"""A question asked at a form's question is no answer and no failure: the form is rejected for a rule to answer."""

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.registration_form import ValidateRnaRequestForm
from actions.status_form import ValidateRnaStatusForm
from tests.actions.conftest import make_tracker


def at_question(text: str, intent: str, slot: str, confidence: float = 1.0, entities: list | None = None,
                latest_action: str = "action_listen", form: str = "rna_request_form"):
    """A tracker where ``text`` answers the form question ``slot`` (Rasa's from_text mapping took it)."""
    tracker = make_tracker(text, intent, entities, {"requested_slot": slot, "request_for_other": False, slot: text})
    tracker.latest_message["intent"]["confidence"] = confidence
    tracker.active_loop = {"name": form}
    tracker.events.append({"event": "slot", "name": slot, "value": text})
    # Rasa validates on a copy of the tracker: the form's own action, then the slot candidates (none when the
    # form comes back after another action).
    if latest_action != "action_listen":
        tracker.events += [{"event": "action", "name": latest_action}, {"event": "action", "name": form}]
    else:
        tracker.events += [{"event": "action", "name": form}, {"event": "slot", "name": slot, "value": text}]
    return tracker


def rejected(events: list[dict[str, Any]]) -> bool:
    return any(e.get("event") == "action_execution_rejected" for e in events)


def said(dispatcher: CollectingDispatcher) -> list[str]:
    return [m["response"] for m in dispatcher.messages]


def failures(events: list[dict[str, Any]]) -> Any:
    return next((e["value"] for e in events if e.get("name") == "form_failures"), None)


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("ch7al l'amo?", "amo_cost", "request_cin"),
        ("واش كاين شي كريدي للصناع؟", "financing", "request_phone"),
        ("il me faut quels papiers pour le dossier ?", "rna_documents", "request_city"),
        ("كيف أسجل؟", "rna_register_how", "request_trade"),
        ("kifach nakhod la carte d'artisan?", "artisan_card", "request_full_name"),
    ],
)
async def test_a_question_at_a_form_question_rejects_the_form_silently(text, intent, slot, domain) -> None:
    dispatcher = CollectingDispatcher()
    events = await ValidateRnaRequestForm().run(dispatcher, at_question(text, intent, slot), domain)
    assert rejected(events)
    assert said(dispatcher) == [] and failures(events) is None


async def test_the_status_form_is_rejected_by_a_question_too(domain) -> None:
    tracker = at_question("est-ce que la retraite est obligatoire ?", "pension_info", "status_cin",
                          form="rna_status_form")
    dispatcher = CollectingDispatcher()
    events = await ValidateRnaStatusForm().run(dispatcher, tracker, domain)
    assert rejected(events) and said(dispatcher) == []


@pytest.mark.parametrize(
    ("text", "intent", "slot", "confidence", "entities"),
    [
        # Read as a question, but not sure enough: a badly typed answer.
        ("ch7al", "amo_cost", "request_cin", 0.3, None),
        # A name read as thanks, or as a question not written as one.
        ("عبد الله الوزاني", "thank", "request_full_name", 1.0, None),
        ("Karima Tamwil", "financing", "request_full_name", 1.0, None),
        # A case stated, not asked.
        ("je suis maâlem, 15 ans de métier", "rna_eligibility", "request_cin", 1.0,
         [{"entity": "category", "value": "maalem", "start": 8, "end": 14}]),
        # An unknown trade asked about at the trade question is the answer.
        ("wach lkhrrata dakhla f l7iraf?", "craft_lookup", "request_trade", 1.0, None),
    ],
)
async def test_what_is_no_clear_question_is_not_taken_for_one(text, intent, slot, confidence, entities, domain) -> None:
    events = await ValidateRnaRequestForm().run(
        CollectingDispatcher(), at_question(text, intent, slot, confidence, entities), domain
    )
    assert not rejected(events)


async def test_a_city_in_the_question_at_the_city_question_is_the_answer(domain) -> None:
    tracker = at_question("fin kayn lbureau f fes?", "rna_register_how", "request_city")
    events = await ValidateRnaRequestForm().run(CollectingDispatcher(), tracker, domain)
    assert not rejected(events)
    assert {"event": "slot", "name": "request_city", "value": "Fès"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


async def test_the_form_resumed_after_the_answer_is_not_rejected_again(domain) -> None:
    tracker = at_question("ch7al l'amo?", "amo_cost", "request_cin", latest_action="action_answer_topic")
    events = await ValidateRnaRequestForm().run(CollectingDispatcher(), tracker, domain)
    assert not rejected(events)


async def test_the_office_form_is_rejected_by_a_question_but_a_city_in_it_is_the_answer(domain) -> None:
    from actions.offices import ValidateOfficeForm

    question = at_question("wach kayn chi tamwil l l7rayfiya?", "financing", "office_city", form="office_form")
    dispatcher = CollectingDispatcher()
    assert rejected(await ValidateOfficeForm().run(dispatcher, question, domain)) and said(dispatcher) == []
    with_city = at_question("wach kayn chi tamwil f mknes?", "financing", "office_city", form="office_form")
    assert not rejected(await ValidateOfficeForm().run(CollectingDispatcher(), with_city, domain))
