"""The request form for someone else: whose details are asked, the helper's tie, the person's consent."""

import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import func, select

from actions.registration_form import (
    ActionAskRequestCin,
    ActionAskRequestConsent,
    ActionAskRequestFullName,
    ActionAskRequestPersonConsent,
    ActionAskRequestTradeOk,
    ActionSubmitRnaRequest,
    ValidateRnaRequestForm,
)
from actions.registry_access import registry
from actions.status_form import ActionSubmitStatus
from registry import queries
from registry.models import RegistrationRequest
from tests.actions.conftest import make_tracker

# The answers of a request for the helper's mother, all given.
FILLED = {
    "request_for_other": True,
    "request_relationship": "parent",
    "request_full_name": "Fatima Zahra Bennani",
    "request_cin": "AB123456",
    "request_phone": "0612345678",
    "request_trade": "ZELLIGE",
    "request_trade_text": "zlij",
    "request_trade_ok": True,
    "request_city": "Fès",
    "request_category": "practice",
}


def said(dispatcher: CollectingDispatcher) -> list[str]:
    return [m["response"] for m in dispatcher.messages]


def slots(events: list[dict]) -> dict:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def on_behalf(value: str, text: str) -> dict:
    return {"entity": "on_behalf_of", "value": value, "text": text, "start": 0, "end": len(text)}


def in_form(tracker, **extracted):
    """The tracker inside the request form, with slots just extracted from the latest message."""
    tracker.active_loop = {"name": "rna_request_form"}
    tracker.events += [{"event": "slot", "name": k, "value": v} for k, v in extracted.items()]
    tracker.slots.update(extracted)
    return tracker


async def asked_next(tracker, filled: dict, domain) -> str | None:
    """The question the form asks after these events (set by the validation, or the domain's order)."""
    if "requested_slot" in filled:
        return filled["requested_slot"]
    tracker.slots.update(filled)
    form = ValidateRnaRequestForm()
    required = await form.required_slots(form.domain_slots(domain), CollectingDispatcher(), tracker, domain)
    return next((name for name in required if tracker.slots.get(name) is None), None)


def requests_count() -> int:
    with registry().session() as session:
        return session.scalar(select(func.count()).select_from(RegistrationRequest))


async def test_a_form_opened_for_the_mother_asks_her_name_and_not_the_tie(domain) -> None:
    tracker = in_form(
        make_tracker("كنسجل ماما", "rna_apply", [on_behalf("parent", "ماما")], {"requested_slot": None})
    )
    dispatcher = CollectingDispatcher()
    filled = slots(await ValidateRnaRequestForm().run(dispatcher, tracker, domain))
    assert filled["request_for_other"] is True and filled["request_relationship"] == "parent"
    assert await asked_next(tracker, filled, domain) == "request_full_name"
    assert said(dispatcher) == ["utter_noted_for_person"]


async def test_someone_whose_tie_was_not_said_is_asked_it_first(domain) -> None:
    tracker = in_form(
        make_tracker("bghit nsjel chi wa7ed", "rna_apply", [on_behalf("someone", "chi wa7ed")], {"requested_slot": None})
    )
    filled = slots(await ValidateRnaRequestForm().run(CollectingDispatcher(), tracker, domain))
    assert filled["request_for_other"] is True and "request_relationship" not in filled
    assert await asked_next(tracker, filled, domain) == "request_relationship"


async def test_the_usual_path_asks_no_helper_question(domain) -> None:
    tracker = in_form(make_tracker("bghit ntsjel", "rna_apply", [], {"requested_slot": None}))
    dispatcher = CollectingDispatcher()
    filled = slots(await ValidateRnaRequestForm().run(dispatcher, tracker, domain))
    assert filled["request_for_other"] is False
    assert await asked_next(tracker, filled, domain) == "request_full_name"
    assert said(dispatcher) == []
    form = ValidateRnaRequestForm()
    asked = await form.required_slots(form.domain_slots(domain), CollectingDispatcher(), tracker, domain)
    assert "request_relationship" not in asked and "request_person_consent" not in asked


async def test_the_button_at_the_first_question_switches_to_someone_else(domain) -> None:
    payload = '/rna_apply{"on_behalf_of": "someone"}'
    tracker = in_form(
        make_tracker(payload, "rna_apply", [on_behalf("someone", payload)], {"requested_slot": "request_full_name", "request_for_other": False}),
        request_full_name=payload,
    )
    dispatcher = CollectingDispatcher()
    filled = slots(await ValidateRnaRequestForm().run(dispatcher, tracker, domain))
    assert filled["request_full_name"] is None and filled["request_for_other"] is True
    assert await asked_next(tracker, filled, domain) == "request_relationship"
    # Not a wrong answer: nothing is counted, no error is said.
    assert "form_failures" not in filled and said(dispatcher) == ["utter_noted_for_person"]


@pytest.mark.parametrize(
    ("text", "intent", "entities", "value"),
    [
        ('/rna_apply{"on_behalf_of": "sibling"}', "rna_apply", [on_behalf("sibling", "x")], "sibling"),
        ("خالتي", "nlu_fallback", [on_behalf("relative", "خالتي")], "relative"),
        ("la fille de ma voisine", "nlu_fallback", [], "other"),
    ],
)
async def test_the_helpers_tie_is_taken_from_buttons_or_words(text, intent, entities, value, domain) -> None:
    tracker = make_tracker(text, intent, entities, {"requested_slot": "request_relationship", "request_for_other": True})
    filled = await ValidateRnaRequestForm().validate_request_relationship(text, CollectingDispatcher(), tracker, domain)
    assert filled == {"request_relationship": value}


@pytest.mark.parametrize(
    ("text", "intent", "entities"),
    [("ok", "affirm", []), ("salam", "greet", []), ("👍", "nlu_fallback", []),
     ('/rna_apply{"on_behalf_of": "someone"}', "rna_apply", [on_behalf("someone", "x")])],
)
async def test_a_non_answer_is_not_a_tie(text, intent, entities, domain) -> None:
    tracker = make_tracker(text, intent, entities, {"requested_slot": "request_relationship", "request_for_other": True})
    dispatcher = CollectingDispatcher()
    filled = await ValidateRnaRequestForm().validate_request_relationship(text, dispatcher, tracker, domain)
    assert filled["request_relationship"] is None
    assert said(dispatcher) == ["utter_invalid_relationship"]


@pytest.mark.parametrize(
    ("text", "intent", "entities"),
    [("ok", "affirm", []), ("wah", "affirm", []), ("Fatima", "nlu_fallback", []),
     ("ماما فاطمة", "nlu_fallback", [on_behalf("parent", "ماما")])],
)
async def test_a_non_answer_is_not_the_persons_name(text, intent, entities, domain) -> None:
    tracker = make_tracker(
        text, intent, entities, slots={"requested_slot": "request_full_name", "request_for_other": True}
    )
    dispatcher = CollectingDispatcher()
    filled = await ValidateRnaRequestForm().validate_request_full_name(text, dispatcher, tracker, domain)
    assert filled["request_full_name"] is None and said(dispatcher) == ["utter_invalid_full_name"]


@pytest.mark.parametrize(
    ("action", "helped", "response"),
    [
        (ActionAskRequestFullName, True, "utter_ask_request_person_full_name"),
        (ActionAskRequestFullName, False, "utter_ask_request_full_name"),
        (ActionAskRequestCin, True, "utter_ask_request_person_cin"),
        (ActionAskRequestCin, False, "utter_ask_request_cin"),
        (ActionAskRequestConsent, True, "utter_ask_request_consent_for_person"),
        (ActionAskRequestConsent, False, "utter_ask_request_consent"),
        (ActionAskRequestTradeOk, True, "utter_ask_request_person_trade_ok"),
    ],
)
async def test_each_question_says_whose_details_it_asks(action, helped, response, domain) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("x", "nlu_fallback", slots={**FILLED, "request_for_other": helped})
    await action().run(dispatcher, tracker, domain)
    assert said(dispatcher) == [response]


async def test_the_persons_consent_question_names_them(domain) -> None:
    dispatcher = CollectingDispatcher()
    await ActionAskRequestPersonConsent().run(dispatcher, make_tracker("x", "nlu_fallback", slots=FILLED), domain)
    assert dispatcher.messages[0]["response"] == "utter_ask_request_person_consent"
    assert dispatcher.messages[0]["name"] == "Fatima Zahra Bennani"


async def test_a_refused_consent_of_the_person_ends_the_form_and_records_nothing(domain) -> None:
    before = requests_count()
    tracker = in_form(
        make_tracker("la", "deny", slots={**FILLED, "requested_slot": "request_person_consent"}),
        request_person_consent=False,
    )
    dispatcher = CollectingDispatcher()
    events = await ValidateRnaRequestForm().run(dispatcher, tracker, domain)
    filled = slots(events)
    assert said(dispatcher) == ["utter_person_consent_refused"]
    assert filled["requested_slot"] is None
    assert all(filled[name] is None for name in FILLED if name != "request_for_other")
    # The submit that follows the form's end keeps nothing either.
    after_form = {**FILLED, **filled}
    submit = CollectingDispatcher()
    await ActionSubmitRnaRequest().run(submit, make_tracker("la", "deny", slots=after_form), domain)
    assert said(submit) == [] and requests_count() == before


async def test_without_the_persons_consent_nothing_is_recorded_even_with_the_helpers(domain) -> None:
    before = requests_count()
    tracker = make_tracker("ih", "affirm", slots={**FILLED, "request_consent": True, "request_person_consent": None})
    dispatcher = CollectingDispatcher()
    await ActionSubmitRnaRequest().run(dispatcher, tracker, domain)
    assert said(dispatcher) == [] and requests_count() == before


async def test_a_request_for_the_mother_holds_the_tie_and_the_persons_consent(domain) -> None:
    confirmed = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone.utc)
    tracker = make_tracker(
        "ih", "affirm", slots={**FILLED, "request_person_consent": True, "request_consent": True}
    )
    tracker.sender_id = "helper-42"
    tracker.events.insert(
        0, {"event": "slot", "name": "request_person_consent", "value": True, "timestamp": confirmed.timestamp()}
    )
    dispatcher = CollectingDispatcher()
    await ActionSubmitRnaRequest().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_request_done_for_person"
    assert dispatcher.messages[0]["name"] == "Fatima Zahra Bennani"
    reference = dispatcher.messages[0]["reference"]
    with registry().session() as session:
        row = session.scalars(select(RegistrationRequest).where(RegistrationRequest.reference == reference)).one()
        assert (row.helper_relationship, row.conversation_id, row.filed_by_staff_id) == ("parent", "helper-42", None)
        assert row.person_consent_at == confirmed and row.full_name == "Fatima Zahra Bennani"
    # The chat's status lookup says whom the request is for.
    lookup = make_tracker("AB123456", "nlu_fallback", slots={"status_reference": reference, "status_cin": "AB123456"})
    lookup.sender_id = "helper-42"
    status = CollectingDispatcher()
    await ActionSubmitStatus().run(status, lookup, domain)
    assert said(status) == ["utter_status_for_person", "utter_status_received"]
    assert status.messages[0]["name"] == "Fatima Zahra Bennani"


async def test_a_member_of_our_cooperative_is_not_registered_as_the_cooperative(domain) -> None:
    text = "bghit nsjel 3odwa mn ta3awniya dyalna"
    entities = [
        on_behalf("cooperative_member", "3odwa"),
        {"entity": "category", "value": "cooperative", "text": "ta3awniya", "start": 21, "end": 30},
    ]
    tracker = in_form(make_tracker(text, "rna_apply", entities, {"requested_slot": None}))
    filled = slots(await ValidateRnaRequestForm().run(CollectingDispatcher(), tracker, domain))
    assert filled["request_relationship"] == "cooperative_member" and "request_category" not in filled


def test_a_request_for_someone_else_needs_a_known_tie_and_the_persons_consent() -> None:
    common = dict(
        full_name="Ali Ben Ali", cin="AB123456", phone="0612345678", trade_code=None, trade_text="zlij",
        city_name="Fès", category="practice", conversation_id="x", consent_at=dt.datetime.now(dt.timezone.utc),
    )
    with registry().session() as session:
        with pytest.raises(queries.InvalidValue):
            queries.create_request(session, **common, helper_relationship="cousin", person_consent_at=common["consent_at"])
        with pytest.raises(queries.InvalidValue):
            queries.create_request(session, **common, helper_relationship="parent")
        session.rollback()
