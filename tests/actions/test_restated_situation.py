"""A yes or no out of context asks what next, unless it takes back the situation the last answer was chosen for."""

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.restated_situation import ActionAfterYesNo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def loaded_content(registry_url: str) -> None:
    """The ministry's content, for the topics answered."""
    from registry import content
    from registry.db import Registry

    store = Registry.from_url(registry_url)
    with store.session() as session:
        content.load_content(session, content.read_records(ROOT / "data" / "content"), created_by="seed")
    store.dispose()


def user(text: str, intent: str, variety: str) -> dict[str, Any]:
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.95}, "entities": [], "variety": variety}
    return {"event": "user", "text": text, "parse_data": parse, "metadata": {}}


def after(previous: list[dict[str, Any]], text: str, intent: str, variety: str, **slots: Any) -> Tracker:
    """A tracker where ``text`` follows the turns ``previous`` (events), its slots as Rasa has them then."""
    latest = user(text, intent, variety)
    return Tracker("tester", {"language": "fr", **slots}, latest["parse_data"], [*previous, latest], False, None, {}, "action_listen")


def slot(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


def action(name: str) -> dict[str, Any]:
    return {"event": "action", "name": name}


# "combien pour l'AMO ?" → the tax situation asked → "je paie l'IR au forfait" → the amount for taxpayers.
AMO_ANSWERED_FOR_CPU = [
    user("combien pour l'AMO ?", "amo_cost", "fr"),
    action("tax_situation_form"),
    slot("pending_topic", "amo_cost"),
    action("action_listen"),
    user("je paie l'IR au forfait", "rna_apply", "fr"),
    slot("tax_situation", "cpu"),
    action("tax_situation_form"),
    action("action_answer_topic"),
    slot("pending_topic", None),
    action("action_listen"),
]
FINANCING_ANSWERED_FOR_GROW = [
    user("kayn chi da3m l lmasharii3?", "financing", "ary_Latn"),
    action("business_stage_form"),
    action("action_listen"),
    user("ana deja 3ndi atelier w bghit nkbbro", "financing", "ary_Latn"),
    slot("business_stage", "grow"),
    action("business_stage_form"),
    action("action_answer_topic"),
    action("action_listen"),
]


async def run(tracker: Tracker) -> tuple[list[dict[str, Any]], list[str]]:
    dispatcher = CollectingDispatcher()
    events = await ActionAfterYesNo().run(dispatcher, tracker, {})
    return events, [m["response"] for m in dispatcher.messages]


@pytest.mark.parametrize(
    ("previous", "text", "variety", "entity", "value", "slots"),
    [
        (AMO_ANSWERED_FOR_CPU, "non en fait je suis auto-entrepreneur", "fr", "tax_situation", "auto_entrepreneur",
         {"tax_situation": "cpu"}),
        (AMO_ANSWERED_FOR_CPU, "non pardon, je ne paie aucun impôt", "fr", "tax_situation", "none",
         {"tax_situation": "cpu"}),
        (FINANCING_ANSWERED_FOR_GROW, "la smeh lia, ana mazal ma bdit", "ary_Latn", "business_stage", "start",
         {"business_stage": "grow", "language": "ary"}),
    ],
)
async def test_a_situation_taken_back_is_answered_again(
    previous: list, text: str, variety: str, entity: str, value: str, slots: dict
) -> None:
    events, said = await run(after(previous, text, "deny", variety, **slots))
    assert said == ["utter_content"]
    assert SlotSet(entity, value) in events


async def test_the_new_amount_is_the_one_for_the_situation_now_stated() -> None:
    dispatcher = CollectingDispatcher()
    tracker = after(AMO_ANSWERED_FOR_CPU, "non pardon, je ne paie aucun impôt", "deny", "fr", tax_situation="cpu")
    await ActionAfterYesNo().run(dispatcher, tracker, {})
    assert "135" in str(dispatcher.messages[0])


@pytest.mark.parametrize(
    ("previous", "text", "slots"),
    [
        # A plain no after the answer: what next.
        (AMO_ANSWERED_FOR_CPU, "non merci", {"tax_situation": "cpu"}),
        # The same situation said again: nothing new to answer.
        (AMO_ANSWERED_FOR_CPU, "oui je suis au forfait", {"tax_situation": "cpu"}),
        # A tax situation after an answer that did not depend on it.
        ([user("c'est quoi la carte d'artisan ?", "artisan_card", "fr"), action("action_answer_topic"),
          action("action_listen")], "non je suis auto-entrepreneur", {}),
        # A no with no situation in it.
        (AMO_ANSWERED_FOR_CPU, "non, c'est tout", {"tax_situation": "cpu"}),
    ],
)
async def test_otherwise_it_asks_what_next(previous: list, text: str, slots: dict) -> None:
    events, said = await run(after(previous, text, "deny", "fr", **slots))
    assert said == ["utter_anything_else"]
    assert events == []


async def eligibility(tracker: Tracker) -> tuple[list[dict[str, Any]], list[str]]:
    from actions.registration_info import ActionEligibility

    dispatcher = CollectingDispatcher()
    events = await ActionEligibility().run(dispatcher, tracker, {})
    return events, [m["response"] for m in dispatcher.messages]


@pytest.mark.parametrize(
    ("text", "variety"),
    [("لا، في الحقيقة أنا أسكن في قرية", "ar"), ("la, ana f l3roubia", "ary_Latn"), ("non, en fait je suis au bled", "fr")],
)
async def test_a_stage_taken_back_that_reads_as_who_may_register_is_answered_again(text: str, variety: str) -> None:
    events, said = await eligibility(after(FINANCING_ANSWERED_FOR_GROW, text, "rna_eligibility", variety,
                                           business_stage="grow"))
    assert said == ["utter_content"]
    assert SlotSet("business_stage", "rural") in events


@pytest.mark.parametrize(
    "text", ["wach n9der ntsjel ila kont f l3roubia?", "je suis au bled, je peux m'inscrire au registre"]
)
async def test_who_may_register_asked_after_the_financing_answer_is_answered_as_asked(text: str) -> None:
    # A question, even one that states a stage (and without a question mark), is answered for what it asks.
    _, said = await eligibility(after(FINANCING_ANSWERED_FOR_GROW, text, "rna_eligibility", "ary_Latn",
                                      business_stage="grow"))
    assert said != ["utter_content"]


@pytest.mark.parametrize(
    ("action", "text", "intent", "variety"),
    [
        ("out_of_scope", "la, ana saken f douar", "out_of_scope", "ary_Latn"),
        ("fallback", "لا، أنا أعيش في البادية", "nlu_fallback", "ar"),
        ("language", "la, ana f l3roubia", "choose_language", "ary_Latn"),
    ],
)
async def test_a_stage_taken_back_read_as_anything_else_is_answered_again(
    action: str, text: str, intent: str, variety: str
) -> None:
    from actions.fallback import ActionFallback
    from actions.language_choice import ActionChooseLanguage
    from actions.restated_situation import ActionOutOfScope

    run_action = {"out_of_scope": ActionOutOfScope, "fallback": ActionFallback, "language": ActionChooseLanguage}[action]
    dispatcher = CollectingDispatcher()
    tracker = after(FINANCING_ANSWERED_FOR_GROW, text, intent, variety, business_stage="grow")
    events = await run_action().run(dispatcher, tracker, {})
    assert [m["response"] for m in dispatcher.messages] == ["utter_content"]
    assert SlotSet("business_stage", "rural") in events


async def test_out_of_scope_otherwise_says_so() -> None:
    from actions.restated_situation import ActionOutOfScope

    dispatcher = CollectingDispatcher()
    # Right after the financing answer, but a question: out of scope it is.
    tracker = after(FINANCING_ANSWERED_FOR_GROW, "chno l jaw f douar lyoum?", "out_of_scope", "ary_Latn",
                    business_stage="grow")
    assert await ActionOutOfScope().run(dispatcher, tracker, {}) == []
    assert [m["response"] for m in dispatcher.messages] == ["utter_out_of_scope"]
