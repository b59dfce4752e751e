"""The registration actions use what the user already said, and the form refuses non-answers."""

import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.registration_form import ValidateRnaRequestForm
from actions.registration_info import ActionDocuments, ActionEligibility
from actions.registry_access import registry
from actions.status_form import ActionSubmitStatus, ValidateRnaStatusForm
from registry import queries
from tests.actions.conftest import make_tracker


def said(dispatcher: CollectingDispatcher) -> list[str]:
    return [m["response"] for m in dispatcher.messages]


def slots(events: list[dict]) -> dict:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def entity(name: str, value: str, text: str) -> dict:
    return {"entity": name, "value": value, "text": text, "start": 0, "end": len(text)}


@pytest.mark.parametrize(
    ("entities", "remembered", "response"),
    [
        ([entity("category", "practice", "5 snin")], None, "utter_eligibility_practice"),
        ([], "practice", "utter_eligibility_practice"),
        # A new statement replaces the remembered one.
        ([entity("category", "diploma", "diplome")], "practice", "utter_eligibility_diploma"),
        ([], None, "utter_ask_category_eligibility"),
    ],
)
async def test_eligibility_answers_the_case_said_now_or_before(entities, remembered, response, domain) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("wach n9der ntsjel", "rna_eligibility", entities, {"category": remembered})
    await ActionEligibility().run(dispatcher, tracker, domain)
    assert said(dispatcher) == [response]


async def test_a_case_stated_after_the_papers_question_gets_the_papers(domain) -> None:
    tracker = make_tracker("ana m3lem, khdam fiha 20 3am", "rna_eligibility", [entity("category", "maalem", "m3lem")])
    tracker.events.insert(0, {"event": "bot", "metadata": {"utter_action": "utter_ask_category_documents"}})
    tracker.events.insert(0, {"event": "user", "text": "chno lwra9 li khasni?"})
    dispatcher = CollectingDispatcher()
    await ActionEligibility().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_documents_maalem"]


async def test_documents_follow_the_remembered_case(domain) -> None:
    dispatcher = CollectingDispatcher()
    await ActionDocuments().run(dispatcher, make_tracker("lwra9", "rna_documents", slots={"category": "maalem"}), domain)
    assert said(dispatcher) == ["utter_documents_maalem"]


async def test_a_form_opened_with_trade_city_and_case_asks_none_of_them_again(domain) -> None:
    text = "salam, ana njjar f fes, 3ndi diplome, bghit ntsjel f rna"
    tracker = make_tracker(
        text,
        "rna_apply",
        [entity("craft", "WOOD", "njjar"), entity("city", "Fès", "fes"), entity("category", "diploma", "diplome")],
        {"requested_slot": None, "language": "ary"},
    )
    tracker.active_loop = {"name": "rna_request_form"}
    dispatcher = CollectingDispatcher()
    events = await ValidateRnaRequestForm().run(dispatcher, tracker, domain)
    filled = slots(events)
    assert filled["request_trade"] == "WOOD" and filled["request_trade_text"] == "njjar"
    assert filled["request_city"] == "Fès"
    assert filled["request_category"] == "diploma"
    assert said(dispatcher) == ["utter_noted_city", "utter_noted_category"]
    # The trade is confirmed later (request_trade_ok), not asked; nothing else is filled for the user.
    assert filled.get("request_trade_ok") is None and "request_full_name" not in filled


async def test_later_answers_are_not_taken_for_the_first_message(domain) -> None:
    tracker = make_tracker(
        "fes", "find_office", [entity("city", "Fès", "fes")], {"requested_slot": "request_full_name"}
    )
    tracker.active_loop = {"name": "rna_request_form"}
    events = await ValidateRnaRequestForm().run(CollectingDispatcher(), tracker, domain)
    assert "request_city" not in slots(events)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("ah", "affirm"), ("ok", "affirm"), ("wah", "affirm"), ("oui", "affirm"), ("salam", "greet"),
     ("merci bzaf", "thank"), ("menu", "ask_help"), ("👍", "nlu_fallback"), ("12345", "nlu_fallback"),
     ("/ask_help", "nlu_fallback"), ("Fatima", "nlu_fallback"),
     # The wish to register said again is no name either.
     ("je veux m'inscrire", "rna_apply"), ("bghit ntsjel", "rna_apply"), ("أريد التسجيل", "rna_apply")],
)
async def test_a_non_answer_is_not_a_name(text: str, intent: str, domain) -> None:
    tracker = make_tracker(text, intent, slots={"requested_slot": "request_full_name"})
    dispatcher = CollectingDispatcher()
    filled = await ValidateRnaRequestForm().validate_request_full_name(text, dispatcher, tracker, domain)
    assert filled["request_full_name"] is None
    assert said(dispatcher) == ["utter_invalid_full_name"]


@pytest.mark.parametrize(
    ("text", "intent", "name"),
    [
        # "الله" reads as thanks: two words besides it make a name.
        ("عبد الله الوزاني", "thank", "عبد الله الوزاني"),
        ("smiti Fatima Alaoui", "nlu_fallback", "Fatima Alaoui"),
        ("oui, Nadia El Fassi", "affirm", "Nadia El Fassi"),
    ],
)
async def test_a_name_in_an_answer_is_taken(text: str, intent: str, name: str, domain) -> None:
    tracker = make_tracker(text, intent, slots={"requested_slot": "request_full_name"})
    filled = await ValidateRnaRequestForm().validate_request_full_name(text, CollectingDispatcher(), tracker, domain)
    assert filled == {"request_full_name": name}


@pytest.mark.parametrize(("text", "intent"), [("ok merci", "nlu_fallback"), ("السلام عليكم", "out_of_scope"),
                                             ("hhhh merci", "thank")])
async def test_conversation_words_are_no_name_whatever_the_intent(text: str, intent: str, domain) -> None:
    tracker = make_tracker(text, intent, slots={"requested_slot": "request_full_name"})
    dispatcher = CollectingDispatcher()
    filled = await ValidateRnaRequestForm().validate_request_full_name(text, dispatcher, tracker, domain)
    assert filled["request_full_name"] is None
    assert said(dispatcher) == ["utter_invalid_full_name"]


async def test_a_case_stated_at_another_question_is_noted_and_that_question_asked_again(domain) -> None:
    text = "ah, w ana ma3ndich diplome walakin khdama 5 snin"
    tracker = make_tracker(
        text,
        "rna_eligibility",
        [entity("category", "practice", "5 snin")],
        {"requested_slot": "request_phone", "request_for_other": False, "request_full_name": "Rachida Bouzid",
         "request_cin": "CD556677", "request_phone": text},
    )
    # Rasa's from_text mapping took the whole message as the phone number.
    tracker.events.append({"event": "slot", "name": "request_phone", "value": text})
    tracker.active_loop = {"name": "rna_request_form"}
    dispatcher = CollectingDispatcher()
    events = await ValidateRnaRequestForm().run(dispatcher, tracker, domain)
    filled = slots(events)
    assert filled["request_category"] == "practice"
    assert filled["request_phone"] is None
    # Noted, and not called a wrong phone number: the question is simply asked again.
    assert said(dispatcher) == ["utter_noted_category"]


async def test_a_surname_that_names_a_case_is_a_name_not_a_case(domain) -> None:
    text = "Mohamed El Maalem"
    tracker = make_tracker(
        text,
        "rna_eligibility",
        [entity("category", "maalem", "Maalem")],
        {"requested_slot": "request_full_name", "request_for_other": False, "request_full_name": text},
    )
    tracker.events.append({"event": "slot", "name": "request_full_name", "value": text})
    tracker.active_loop = {"name": "rna_request_form"}
    dispatcher = CollectingDispatcher()
    filled = slots(await ValidateRnaRequestForm().run(dispatcher, tracker, domain))
    assert filled["request_full_name"] == text and "request_category" not in filled
    assert said(dispatcher) == []


async def test_a_full_name_is_taken(domain) -> None:
    text = "Fatima Zahra El Idrissi"
    tracker = make_tracker(text, "nlu_fallback", slots={"requested_slot": "request_full_name"})
    filled = await ValidateRnaRequestForm().validate_request_full_name(text, CollectingDispatcher(), tracker, domain)
    assert filled == {"request_full_name": text}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok", "affirm"),
        ("ah", "affirm"),
        ("oui", "affirm"),
        # Thanks and "I don't know" read as something else are still no trade.
        ("ok merci", "nlu_fallback"),
        ("ma3rftch", "nlu_fallback"),
        ("je ne sais pas", "nlu_fallback"),
        ("والله ما عرفت", "nlu_fallback"),
    ],
)
async def test_a_non_answer_is_never_kept_as_a_trade(text: str, intent: str, domain) -> None:
    tracker = make_tracker(
        text, intent, slots={"requested_slot": "request_trade", "form_failures": {"request_trade": 1}}
    )
    dispatcher = CollectingDispatcher()
    filled = await ValidateRnaRequestForm().validate_request_trade(text, dispatcher, tracker, domain)
    assert filled["request_trade"] is None
    assert said(dispatcher)[0] == "utter_invalid_trade"


async def test_no_with_another_trade_takes_that_trade(domain) -> None:
    text = "la, ana dabagh machi njjar"
    tracker = make_tracker(
        text,
        "deny",
        [entity("craft", "LEATHER", "dabagh"), entity("craft", "WOOD", "njjar")],
        {"requested_slot": "request_trade_ok", "request_trade": "WOOD"},
    )
    filled = await ValidateRnaRequestForm().validate_request_trade_ok(False, CollectingDispatcher(), tracker, domain)
    assert filled == {"request_trade": "LEATHER", "request_trade_text": "dabagh", "request_trade_ok": None}


async def test_a_cin_in_a_sentence_is_looked_up(domain) -> None:
    text = "ma CIN: K 334455"
    tracker = make_tracker(text, "nlu_fallback", slots={"requested_slot": "status_cin"})
    filled = await ValidateRnaStatusForm().validate_status_cin(text, CollectingDispatcher(), tracker, domain)
    assert filled == {"status_cin": "K334455"}


async def test_an_unknown_trade_is_kept_as_written_after_a_second_try(domain) -> None:
    text = "kan9ad sbabet"
    tracker = make_tracker(
        text, "nlu_fallback", slots={"requested_slot": "request_trade", "form_failures": {"request_trade": 1}}
    )
    dispatcher = CollectingDispatcher()
    filled = await ValidateRnaRequestForm().validate_request_trade(text, dispatcher, tracker, domain)
    assert filled["request_trade_text"] == text and filled["request_trade"] == "OTHER"
    assert said(dispatcher) == ["utter_keep_trade_as_written"]


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("H-7K2P9Q", "H-7K2P9Q"),
        ("h7k2p9q", "H-7K2P9Q"),  # without its dash
        ("H 7K2 P9Q", "H-7K2P9Q"),
        ("H-KKK234", "H-KKK234"),  # a letter three times is not a stretched word
        ("H-٧K٢P٩Q", "H-7K2P9Q"),
        ("\u2068H-7K2P9Q\u2069", "H-7K2P9Q"),
    ],
)
async def test_the_status_form_takes_a_reference_however_it_is_typed(text: str, reference: str, domain) -> None:
    tracker = make_tracker(text, "nlu_fallback", slots={"requested_slot": "status_reference"})
    dispatcher = CollectingDispatcher()
    filled = await ValidateRnaStatusForm().validate_status_reference(text, dispatcher, tracker, domain)
    assert filled == {"status_reference": reference}
    assert said(dispatcher) == []


@pytest.mark.parametrize("text", ["ok", "H-7K2P9O", "7K2P9Q", "AB123456", "H-7K2P9Q H-7K2P9Q"])
async def test_the_status_form_refuses_what_is_not_a_reference(text: str, domain) -> None:
    tracker = make_tracker(text, "nlu_fallback", slots={"requested_slot": "status_reference"})
    dispatcher = CollectingDispatcher()
    filled = await ValidateRnaStatusForm().validate_status_reference(text, dispatcher, tracker, domain)
    assert filled["status_reference"] is None
    assert said(dispatcher) == ["utter_invalid_reference"]


async def test_a_reference_with_a_letter_three_times_is_looked_up(domain, monkeypatch) -> None:
    monkeypatch.setattr(queries, "new_reference", lambda: "H-KKK234")
    with registry().session() as session:
        queries.create_request(
            session,
            full_name="Fatima Zahra Bennani",
            cin="AB123456",
            phone="0612345678",
            trade_code=None,
            trade_text="zlij",
            city_name="Fès",
            category="practice",
            conversation_id="status-kkk",
            consent_at=dt.datetime(2026, 11, 29, tzinfo=dt.timezone.utc),
        )
    form, typed = ValidateRnaStatusForm(), "h kkk 234"
    tracker = make_tracker(typed, "nlu_fallback", slots={"requested_slot": "status_reference"})
    filled = await form.validate_status_reference(typed, CollectingDispatcher(), tracker, domain)
    tracker = make_tracker("AB123456", "nlu_fallback", slots={**filled, "status_cin": "AB123456"})
    dispatcher = CollectingDispatcher()
    await ActionSubmitStatus().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_status_received"]
    assert dispatcher.messages[0]["reference"] == "H-KKK234"
