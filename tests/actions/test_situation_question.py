"""The tax situation or the stage asked before an AMO or financing answer, outside a form: a typed answer is taken
whatever intent it reads as; a message that is no answer leaves the question, to be handled as without it."""

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.content_answers import ActionAnswerTopic
from actions.situation_question import (
    ValidateBusinessStageForm,
    ValidateTaxSituationForm,
    stated,
)
from tests.actions.conftest import make_tracker

ROOT = Path(__file__).resolve().parents[2]
FORMS = {"tax_situation": ValidateTaxSituationForm, "business_stage": ValidateBusinessStageForm}


@pytest.fixture(scope="module", autouse=True)
def loaded_content(registry_url: str) -> None:
    """The ministry's content, for the topics answered."""
    from registry import content
    from registry.db import Registry

    store = Registry.from_url(registry_url)
    with store.session() as session:
        content.load_content(session, content.read_records(ROOT / "data" / "content"), created_by="seed")
    store.dispose()


def at_question(
    text: str, intent: str, slot: str, confidence: float = 0.9, variety: str | None = None, **slots: Any
):
    """A tracker where ``text`` is typed after the form asked ``slot`` (as Rasa sends it to the validation)."""
    tracker = make_tracker(text, intent, slots={"requested_slot": slot, **slots}, variety=variety)
    tracker.latest_message["intent"]["confidence"] = confidence
    tracker.active_loop = {"name": f"{slot}_form"}
    tracker.events.append({"event": "action", "name": f"{slot}_form"})
    return tracker


async def validate(tracker, slot: str, domain) -> tuple[list[dict[str, Any]], list[str]]:
    dispatcher = CollectingDispatcher()
    events = await FORMS[slot]().run(dispatcher, tracker, domain)
    return events, [m["response"] for m in dispatcher.messages]


def value(events: list[dict[str, Any]], name: str) -> Any:
    return next((e["value"] for e in reversed(events) if e.get("event") == "slot" and e.get("name") == name), "unset")


def left(events: list[dict[str, Any]]) -> bool:
    """Whether the form left, its run rejected for the message to be handled as without the question."""
    kinds = [e.get("event") for e in events]
    return "action_execution_rejected" in kinds and {"event": "active_loop", "name": None} in [
        {k: e.get(k) for k in ("event", "name")} for e in events if e.get("event") == "active_loop"
    ]


@pytest.mark.parametrize(
    ("text", "intent", "slot", "answer", "variety"),
    [
        # Read as anything by the classifier, and with no entity from the NLU: the reader finds the answer.
        ("ma kankhless walo", "deny", "tax_situation", "none", "ary_Latn"),
        ("ana auto-entrepreneur", "out_of_scope", "tax_situation", "auto_entrepreneur", "ary_Latn"),
        ("ma 3ndi ta patenta", "nlu_fallback", "tax_situation", "none", "ary_Latn"),
        ("je suis au forfait", "rna_apply", "tax_situation", "cpu", "fr"),
        ("عندي محاسب", "rna_apply", "tax_situation", "accounts", "ary"),
        ("لدي محاسب يمسك حساباتي", "nlu_fallback", "tax_situation", "accounts", "ar"),
        ("baghi nbda", "stop", "business_stage", "start", "ary_Latn"),
        ("عاد بديت", "deny", "business_stage", "start", "ary"),
        ("je veux agrandir", "rna_apply", "business_stage", "grow", "fr"),
        ("ana f l3roubia", "choose_language", "business_stage", "rural", "ary_Latn"),
        ("أسكن في منطقة قروية", "out_of_scope", "business_stage", "rural", "ar"),
    ],
)
async def test_a_typed_answer_is_taken_whatever_its_intent(text, intent, slot, answer, variety, domain) -> None:
    # Even with a confident intent: an answer stated is an answer.
    events, said = await validate(at_question(text, intent, slot, variety=variety, pending_topic="x"), slot, domain)
    assert said == [] and not left(events)
    assert value(events, slot) == answer
    assert value(events, "pending_topic") is None


@pytest.mark.parametrize(
    ("text", "intent", "variety"),
    [
        ("walo", "deny", "ary_Latn"),
        ("Rien !", "rna_status", "fr"),
        ("aucune des trois", "nlu_fallback", "fr"),
        ("والو", "deny", "ary"),
        ("لا شيء", "deny", "ar"),
        ("ta haja", "out_of_scope", "ary_Latn"),
        ("aucun, moi j'ai rien de tout ca", "deny", "fr"),
        ("non, ni l'un ni l'autre", "deny", "fr"),
        ("أنا لا هذا ولا ذاك", "deny", "ar"),
    ],
)
async def test_nothing_alone_answers_the_tax_question_with_no_tax(text, intent, variety, domain) -> None:
    events, said = await validate(at_question(text, intent, "tax_situation", variety=variety), "tax_situation", domain)
    assert said == [] and value(events, "tax_situation") == "none"


@pytest.mark.parametrize("text", ["walo", "rien de tout ça"])
async def test_nothing_alone_is_no_stage(text, domain) -> None:
    # "Nothing" says no tax at the tax question; of the business's stage it says nothing readable.
    events, said = await validate(at_question(text, "deny", "business_stage"), "business_stage", domain)
    assert said == ["utter_invalid_business_stage"] and value(events, "business_stage") is None


async def test_a_stated_situation_replaces_the_remembered_one(domain) -> None:
    tracker = at_question("daba wlit auto-entrepreneur", "inform", "tax_situation", tax_situation="cpu")
    events, _ = await validate(tracker, "tax_situation", domain)
    assert value(events, "tax_situation") == "auto_entrepreneur"


@pytest.mark.parametrize(
    ("text", "intent", "slot"),
    [
        ("salam", "greet", "tax_situation"),
        ("safi baraka", "stop", "tax_situation"),
        ("merci", "thank", "business_stage"),
        ("wach kayn takwin?", "training", "tax_situation"),
        ("ما هي وثائق التسجيل؟", "rna_documents", "business_stage"),
        ("quel temps fait-il demain ?", "out_of_scope", "tax_situation"),
        ('/ask_help', "ask_help", "business_stage"),
        # A question about another topic, even one that states a situation along the way.
        ("je suis auto-entrepreneur, comment m'inscrire au registre ?", "rna_register_how", "tax_situation"),
    ],
)
async def test_a_message_that_is_no_answer_leaves_the_question(text, intent, slot, domain) -> None:
    events, said = await validate(at_question(text, intent, slot, pending_topic="amo_cost"), slot, domain)
    assert said == [] and left(events)
    assert value(events, "pending_topic") is None and value(events, "requested_slot") is None
    assert value(events, slot) == "unset"


@pytest.mark.parametrize(
    ("text", "intent", "confidence", "slot"),
    [
        ("chi haja", "out_of_scope", 0.3, "tax_situation"),
        ("ma3rftch", "ask_help", 0.21, "tax_situation"),
        # "I don't know" reads as a request for the menu, surely: still no request.
        ("ما عرفتش", "ask_help", 0.71, "business_stage"),
        ("je ne sais pas", "deny", 0.97, "business_stage"),
        ("la", "deny", 1.0, "tax_situation"),
        ("لا أعرف", "deny", 0.41, "business_stage"),
    ],
)
async def test_something_unclear_gets_the_question_again_once(text, intent, confidence, slot, domain) -> None:
    events, said = await validate(at_question(text, intent, slot, confidence), slot, domain)
    assert said == [f"utter_invalid_{slot}"] and not left(events)
    assert value(events, slot) is None and value(events, "form_failures") == {slot: 1}
    # The second time, the message is handled as without the question.
    tracker = at_question(text, intent, slot, confidence, form_failures={slot: 1, "request_cin": 1})
    events, said = await validate(tracker, slot, domain)
    assert said == [] and left(events)
    assert value(events, "form_failures") == {"request_cin": 1}


async def test_the_opening_asks_only_what_is_not_known(domain) -> None:
    opening = make_tracker("ch7al l'amo?", "amo_cost")
    events, said = await validate(opening, "tax_situation", domain)
    assert said == [] and value(events, "pending_topic") == "amo_cost"
    known = make_tracker("ch7al l'amo?", "amo_cost", slots={"tax_situation": "cpu"})
    assert (await validate(known, "tax_situation", domain))[0] == []
    # A related topic picked from its button needs no stage: the form ends at once.
    picked = make_tracker("/financing", "financing", [{"entity": "topic", "value": "financing.microcredit"}])
    events, _ = await validate(picked, "business_stage", domain)
    assert events == [{"event": "slot", "name": "requested_slot", "value": None, "timestamp": None}]


@pytest.mark.parametrize(
    ("form", "slot", "answer", "amount"),
    [("tax_situation_form", "tax_situation", "none", True), ("tax_situation_form", "tax_situation", "cpu", False)],
)
async def test_the_topic_of_the_form_is_answered_whatever_the_answer_read_as(form, slot, answer, amount) -> None:
    tracker = make_tracker("ma kankhless walo", "deny", slots={slot: answer, "language": "ary"})
    tracker.latest_action_name = form
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerTopic().run(dispatcher, tracker, {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_content"]
    assert ("135" in str(dispatcher.messages[0])) is amount
    assert value(events, "pending_topic") is None


def test_reading_the_answer_loads_no_tensorflow_into_the_action_server() -> None:
    # The words are cut by hirfa.words, shared with the NLU's tokenizer: importing Rasa's NLU here would cost the
    # action server seconds and hundreds of megabytes.
    code = "import sys, actions.situation_question; print('tensorflow' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert run.stdout.strip() == "False"


def test_words_other_entities_claimed_are_no_cue() -> None:
    tracker = make_tracker("ana f douar", "find_office", [{"entity": "city", "value": "X", "start": 5, "end": 10}])
    assert stated(tracker, "business_stage") is None


async def test_an_answer_read_as_the_topic_itself_gets_the_question_again_not_a_rejection(domain) -> None:
    # "dariba dyali hiya hadik", unread and taken for the AMO amount: no rule could start this form again on it.
    # ("ma kankhlles ta dariba" was the example while "ma" before a Darija verb was dropped in French: it is no tax.)
    tracker = at_question("dariba dyali hiya hadik", "amo_cost", "tax_situation", confidence=0.62, variety="fr")
    dispatcher = CollectingDispatcher()
    events = await ValidateTaxSituationForm().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_invalid_tax_situation"]
    assert not any(e.get("event") == "action_execution_rejected" for e in events)


async def test_the_same_topic_asked_again_gets_the_question_again(domain) -> None:
    # Left, the form could not be started again by the topic's rule: the message got ten fallbacks in a row.
    events, said = await validate(at_question("ch7al l'amo?", "amo_cost", "tax_situation"), "tax_situation", domain)
    assert said == [] and not left(events)
    assert value(events, "tax_situation") is None
