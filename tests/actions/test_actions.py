from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionFallback
from actions.language_choice import ActionChooseLanguage
from actions.slot_mappings import ValidateSlotMappings
from tests.actions.conftest import make_tracker

LANGUAGE_ENTITY = {"entity": "language", "value": "ar", "start": 0, "end": 5}


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.mark.parametrize(
    ("tracker", "expected"),
    [
        (make_tracker("سلام", "greet", variety="ary", variety_strength=1), {"language": "ary"}),
        (make_tracker("Bonjour", "greet", variety="fr", variety_strength=1), {"language": "fr"}),
        (make_tracker("/start", "greet", metadata={"language_code": "fr"}), {"language": "fr"}),
        (
            make_tracker(
                "parle-moi en arabe",
                "choose_language",
                [LANGUAGE_ENTITY],
                {"language": "fr"},
                variety="fr",
                variety_strength=3,
            ),
            {"language": "ar", "language_pinned": True},
        ),
        (
            make_tracker(
                "merci",
                "thank",
                slots={"language": "ary", "language_evidence": {"heard": True}},
                variety="fr",
                variety_strength=1,
            ),
            {"language": "ary", "language_evidence": {"candidate": "fr", "evidence": 1, "heard": True}},
        ),
        # The phone said Arabic (Darija), then the first words are clearly MSA: answered in MSA at once.
        (
            make_tracker("لا أؤدي أي ضريبة", "amo_cost", slots={"language": "ary"}, variety="ar", variety_strength=1),
            {"language": "ar", "language_evidence": {"candidate": None, "evidence": 0, "heard": True}},
        ),
    ],
)
async def test_language_slot_follows_the_conversation(tracker, expected: dict, domain: dict) -> None:
    events = await ValidateSlotMappings().run(CollectingDispatcher(), tracker, domain)
    slots = slot_events(events)
    assert {k: slots[k] for k in expected} == expected


@pytest.mark.parametrize("asked", ["request_full_name", "request_cin", "request_phone"])
async def test_a_name_or_number_typed_into_a_form_is_no_evidence_of_language(asked: str, domain: dict) -> None:
    # "Karim Bennani" reads as Arabizi to the learned model: two names would switch a French conversation.
    tracker = make_tracker(
        "Karim Bennani",
        "nlu_fallback",
        slots={"language": "fr", "language_evidence": {"candidate": "ary", "evidence": 1, "heard": True},
               "requested_slot": asked},
        variety="ary_Latn",
        variety_strength=1,
    )
    events = await ValidateSlotMappings().run(CollectingDispatcher(), tracker, domain)
    assert slot_events(events).get("language", "fr") == "fr"


def situation_read_in(text: str, asked: str) -> Any:
    """A tracker where "ana m3lem" was said earlier and ``text``, typed at question ``asked``, read as a diploma."""
    tracker = make_tracker(text, "nlu_fallback", slots={"category": "diploma", "requested_slot": asked})
    tracker.events[:0] = [
        {"event": "user", "text": "ana m3lem"},
        {"event": "slot", "name": "category", "value": "maalem"},
    ]
    # Rasa's from_entity mapping, before this validation.
    tracker.events.append({"event": "slot", "name": "category", "value": "diploma"})
    return tracker


async def test_a_situation_read_in_a_name_does_not_replace_the_one_stated(domain: dict) -> None:
    tracker = situation_read_in("Nadia Diplome", "request_full_name")
    events = await ValidateSlotMappings().run(CollectingDispatcher(), tracker, domain)
    assert slot_events(events)["category"] == "maalem"


async def test_a_situation_stated_at_another_question_replaces_the_one_stated(domain: dict) -> None:
    tracker = situation_read_in("3ndi diplome", "request_cin")
    events = await ValidateSlotMappings().run(CollectingDispatcher(), tracker, domain)
    assert slot_events(events)["category"] == "diploma"


async def test_a_message_is_evidence_once_even_when_a_form_starts_and_looks_again(domain: dict) -> None:
    def tracker(evidence: dict[str, Any]) -> Any:
        return make_tracker(
            "salam, bghit m'inscrire",
            "rna_apply",
            slots={"language": "fr", "language_evidence": evidence},
            variety="ary_Latn",
            variety_strength=1,
            message_id="m1",
        )

    first = slot_events(await ValidateSlotMappings().run(CollectingDispatcher(), tracker({"heard": True}), domain))
    assert first["language_evidence"] == {"candidate": "ary", "evidence": 1, "heard": True, "message": "m1"}
    # The form that this message starts looks at it again: one clue still, no switch.
    assert await ValidateSlotMappings().run(CollectingDispatcher(), tracker(first["language_evidence"]), domain) == []


async def test_nothing_changes_when_the_message_tells_nothing(domain: dict) -> None:
    tracker = make_tracker("ok", "affirm", slots={"language": "fr", "language_pinned": False})
    assert await ValidateSlotMappings().run(CollectingDispatcher(), tracker, domain) == []


@pytest.mark.parametrize(
    ("problem", "response"),
    [
        ("empty", "utter_empty_message"),
        ("no_words", "utter_no_words"),
        ("unknown_command", "utter_unknown_command"),
        ("too_long", "utter_long_message"),
        (None, "utter_did_not_understand"),
    ],
)
async def test_fallback_explains_each_problem(problem: str | None, response: str, domain: dict) -> None:
    dispatcher = CollectingDispatcher()
    await ActionFallback().run(dispatcher, make_tracker("x", "nlu_fallback", input_problem=problem), domain)
    assert [m["response"] for m in dispatcher.messages] == [response]


@pytest.mark.parametrize(
    ("entities", "response"),
    [
        ([LANGUAGE_ENTITY], "utter_language_changed"),
        ([], "utter_ask_language"),
        ([{**LANGUAGE_ENTITY, "value": "en"}], "utter_ask_language"),
    ],
)
async def test_language_choice_confirms_or_asks(entities: list, response: str, domain: dict) -> None:
    dispatcher = CollectingDispatcher()
    await ActionChooseLanguage().run(dispatcher, make_tracker("x", "choose_language", entities), domain)
    assert [m["response"] for m in dispatcher.messages] == [response]


async def test_low_confidence_offers_the_two_likeliest_topics(domain: dict) -> None:
    ranking = [
        {"name": "nlu_fallback", "confidence": 1.0},
        {"name": "greet", "confidence": 0.28},
        {"name": "amo_cost", "confidence": 0.25},
        {"name": "amo_info", "confidence": 0.2},
        {"name": "financing", "confidence": 0.1},
    ]
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("ch7al", "nlu_fallback", intent_ranking=ranking)
    await ActionFallback().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0]["response"] == "utter_did_you_mean"
    assert dispatcher.messages[0]["suggestions"] == ["amo_cost", "amo_info"]


async def test_a_second_misunderstanding_in_a_row_offers_a_person(domain: dict) -> None:
    tracker = make_tracker("xyz", "nlu_fallback")
    tracker.events[:0] = [
        {"event": "user", "text": "abc", "parse_data": {}},
        {"event": "action", "name": "action_fallback"},
        {"event": "action", "name": "action_listen"},
    ]
    dispatcher = CollectingDispatcher()
    await ActionFallback().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_offer_person"]


async def test_the_fallback_then_listens(domain: dict) -> None:
    # Run as the core fallback, nothing else predicts listening after it: it once ran ten times for one message.
    events = await ActionFallback().run(CollectingDispatcher(), make_tracker("x", "amo_cost"), domain)
    assert events == [{"event": "followup", "timestamp": None, "name": "action_listen"}]
