"""A question asked at a form's question is no answer and no failure: the form is rejected for a rule to answer."""

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.registration_form import ValidateRnaRequestForm
from actions.status_form import ValidateRnaStatusForm
from tests.actions.conftest import make_tracker

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def loaded_content(registry_url: str) -> None:
    """The ministry's content, for the topics answered in the middle of a form."""
    from registry import content
    from registry.db import Registry

    store = Registry.from_url(registry_url)
    with store.session() as session:
        content.load_content(session, content.read_records(ROOT / "data" / "content"), created_by="seed")
    store.dispose()


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
        # Out of scope, written as a question: said so by a rule, then the question again.
        ("quel temps fera-t-il demain ?", "out_of_scope", "request_full_name"),
        ("fin nqder nchri telephone rkhis?", "out_of_scope", "request_cin"),
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
        # Read as out of scope but no question: a name, a trade kept as written.
        ("Hamid Ouazzani", "out_of_scope", "request_full_name", 1.0, None),
        ("ana kan9te3 lhjar", "out_of_scope", "request_trade", 1.0, None),
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


# --- where the office is, asked in another form ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slot", "form", "validation"),
    [
        ("fin kayn lbureau dyal lghorfa?", "request_cin", "rna_request_form", ValidateRnaRequestForm),
        ("où se trouve la chambre d'artisanat ?", "request_full_name", "rna_request_form", ValidateRnaRequestForm),
        ("وين كاين المكتب ديال الغرفة؟", "request_trade", "rna_request_form", ValidateRnaRequestForm),
        ("أين توجد غرفة الصناعة التقليدية؟", "status_reference", "rna_status_form", ValidateRnaStatusForm),
    ],
)
async def test_where_the_office_is_asked_in_another_form_rejects_it_silently(text, slot, form, validation, domain) -> None:
    dispatcher = CollectingDispatcher()
    events = await validation().run(dispatcher, at_question(text, "find_office", slot, form=form), domain)
    assert rejected(events)
    assert said(dispatcher) == [] and failures(events) is None


@pytest.mark.parametrize(
    ("entities", "slots", "response", "city"),
    [
        # The city the question names, whatever the form knows.
        ([{"entity": "city", "value": "mknas"}], {"request_city": "Nador"}, "utter_office_assumed_seat", "Meknès"),
        # The city the request already gave.
        ([], {"request_city": "Tétouan"}, "utter_office_unknown_contact", "Tétouan"),
    ],
)
async def test_the_office_asked_aside_is_named_for_the_city_known(entities, slots, response, city, domain) -> None:
    from actions.offices import ActionOfficeAside

    dispatcher = CollectingDispatcher()
    tracker = make_tracker("fin kayn lbureau?", "find_office", entities, {"language": "fr", **slots})
    events = await ActionOfficeAside().run(dispatcher, tracker, domain)
    (message,) = dispatcher.messages
    assert message["response"] == response and message["city"] == city
    assert {"event": "slot", "name": "office_city", "value": None} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


async def test_the_office_asked_aside_with_no_city_known_is_promised_for_after_the_form(domain) -> None:
    from actions.offices import ActionOfficeAside, ValidateOfficeForm

    dispatcher = CollectingDispatcher()
    await ActionOfficeAside().run(dispatcher, make_tracker("où est la chambre ?", "find_office"), domain)
    assert said(dispatcher) == ["utter_office_after_form"]
    # At the office question itself, the same words are no question aside but a city missing.
    tracker = at_question("fin kayn lbureau?", "find_office", "office_city", form="office_form")
    dispatcher = CollectingDispatcher()
    events = await ValidateOfficeForm().run(dispatcher, tracker, domain)
    assert not rejected(events) and said(dispatcher) == ["utter_invalid_city"]


# --- a typed answer to the question a topic waits for -----------------------------------------------------


def pending(text: str, intent: str, slot: str, topic: str, entity: str, value: str, form: str = "rna_request_form"):
    """A tracker where ``text`` is typed at ``slot`` just after ``topic`` asked its question in the form."""
    tracker = at_question(text, intent, slot, entities=[{"entity": entity, "value": value}], form=form)
    tracker.slots["pending_topic"] = topic
    tracker.slots[entity] = value  # the slot's own mapping (domain/knowledge.yml) has filled it
    tracker.latest_message["intent"]["confidence"] = 0.35
    return tracker


def slot_value(events: list[dict[str, Any]], name: str) -> Any:
    return next((e["value"] for e in events if e.get("event") == "slot" and e.get("name") == name), "unset")


@pytest.mark.parametrize(
    ("text", "intent", "slot", "topic", "entity", "value"),
    [
        ("ma kankhelles ta dariba", "deny", "request_phone", "amo_cost", "tax_situation", "none"),
        ("je paie la contribution professionnelle unique", "rna_apply", "request_cin", "amo_cost", "tax_situation", "cpu"),
        ("أنا مقاول ذاتي", "amo_cost", "request_full_name", "amo_cost", "tax_situation", "auto_entrepreneur"),
        ("باغي نوسع الخدمة ديالي", "stop", "request_trade", "financing", "business_stage", "grow"),
        ("n7ell chi mchrou3 jdid", "stop", "request_city", "financing", "business_stage", "start"),
    ],
)
async def test_a_typed_answer_to_the_question_asked_aside_gets_the_topic_not_an_error(
    text, intent, slot, topic, entity, value, domain
) -> None:
    dispatcher = CollectingDispatcher()
    events = await ValidateRnaRequestForm().run(dispatcher, pending(text, intent, slot, topic, entity, value), domain)
    assert said(dispatcher) == ["utter_content"]
    assert not rejected(events) and failures(events) is None
    # Neither the name nor the trade is taken from it; the question waits no more.
    assert slot_value(events, slot) is None and slot_value(events, "pending_topic") is None


async def test_the_status_form_takes_the_typed_answer_only_while_the_question_waits(domain) -> None:
    def at_cin(topic):
        tracker = pending("ana f l3roubia", "choose_language", "status_cin", "financing", "business_stage", "rural",
                          form="rna_status_form")
        tracker.slots["pending_topic"] = topic
        return tracker

    dispatcher = CollectingDispatcher()
    assert not rejected(await ValidateRnaStatusForm().run(dispatcher, at_cin("financing"), domain))
    assert said(dispatcher) == ["utter_content"]
    # No question waiting: a situation is no answer to the CIN question.
    dispatcher = CollectingDispatcher()
    await ValidateRnaStatusForm().run(dispatcher, at_cin(None), domain)
    assert said(dispatcher) == ["utter_invalid_cin"]


# --- found by trying the assistant as new users would (issue 9) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "intent", "slot", "confidence"),
    [
        # Where a file stands, asked while the request is filled in: explained by a rule, then the question again.
        ("fin wslat talabi?", "rna_status", "request_full_name", 0.85),
        ("où en est mon dossier ?", "rna_status", "request_cin", 0.98),
        ("فين وصل الملف ديالي؟", "rna_status", "request_cin", 1.0),
        # Whether a person is writing.
        ("vous êtes un robot ?", "bot_challenge", "request_full_name", 1.0),
        ("chkoun nta?", "bot_challenge", "request_cin", 0.99),
        # A question about something else, which the classifier is unsure of: written as one, it is one.
        ("vous connaissez un bon restaurant à Rabat ?", "out_of_scope", "request_full_name", 0.46),
        ("هل تعرف مطعما جيدا في مراكش؟", "out_of_scope", "request_full_name", 0.29),
    ],
)
async def test_questions_new_users_ask_in_the_middle_of_the_request_reject_it_silently(
    text, intent, slot, confidence, domain
) -> None:
    dispatcher = CollectingDispatcher()
    events = await ValidateRnaRequestForm().run(dispatcher, at_question(text, intent, slot, confidence), domain)
    assert rejected(events)
    assert said(dispatcher) == [] and failures(events) is None


@pytest.mark.parametrize(
    ("text", "intent", "slot", "confidence"),
    [
        # Unsure, and no question mark: an answer badly typed, or a name.
        ("restaurant Rabat", "out_of_scope", "request_full_name", 0.46),
        ("Karim Bennani", "out_of_scope", "request_full_name", 0.3),
        # Too unsure even with one.
        ("AB12?", "out_of_scope", "request_cin", 0.21),
    ],
)
async def test_an_unsure_reading_without_a_question_mark_stays_an_answer(text, intent, slot, confidence, domain) -> None:
    events = await ValidateRnaRequestForm().run(CollectingDispatcher(), at_question(text, intent, slot, confidence), domain)
    assert not rejected(events)


async def test_where_a_request_stands_is_the_status_forms_own_question() -> None:
    # In the status lookup, "where is my request" is what the form is about: no aside there.
    from actions.form_support import asked_aside

    tracker = at_question("fin wslat talabi?", "rna_status", "status_reference", 0.9, form="rna_status_form")
    assert not asked_aside(tracker)


@pytest.mark.parametrize(
    ("text", "intent", "slot", "topic", "entity", "value"),
    [
        # No entity from the NLU: the text is read as the one-question forms read it outside a form.
        ("أعيش في البادية", "out_of_scope", "request_cin", "financing", "business_stage", "rural"),
        ("ana f douar", "rna_eligibility", "request_full_name", "financing", "business_stage", "rural"),
        ("je veux agrandir", "financing", "request_full_name", "financing", "business_stage", "grow"),
        ("ما كنخلص حتى ضريبة", "amo_cost", "request_full_name", "amo_cost", "tax_situation", "none"),
        ("j'ai un comptable qui tient mes comptes", "nlu_fallback", "request_phone", "amo_cost", "tax_situation",
         "accounts"),
    ],
)
async def test_a_typed_answer_the_nlu_found_no_entity_in_is_read_in_the_text(
    text, intent, slot, topic, entity, value, domain
) -> None:
    tracker = at_question(text, intent, slot, 0.4)
    tracker.slots["pending_topic"] = topic
    dispatcher = CollectingDispatcher()
    events = await ValidateRnaRequestForm().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_content"]
    assert not rejected(events) and failures(events) is None
    # The situation read fills its slot (replacing a remembered one); the field asked is not taken from it.
    assert slot_value(events, entity) == value
    assert slot_value(events, slot) is None and slot_value(events, "pending_topic") is None


@pytest.mark.parametrize("text", ["je veux m'inscrire au registre", "بغيت نتسجل فالسجل الوطني", "bghit ntsjel f sijil"])
async def test_the_wish_to_register_said_again_is_no_name(text, domain) -> None:
    dispatcher = CollectingDispatcher()
    events = await ValidateRnaRequestForm().run(dispatcher, at_question(text, "rna_apply", "request_full_name"), domain)
    assert said(dispatcher) == ["utter_invalid_full_name"]
    assert slot_value(events, "request_full_name") is None
