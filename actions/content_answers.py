"""Answers from the ministry's content records, chosen for the user's situation."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.registry_access import registry
from actions.unanswered import note_unanswered
from registry import content

# What each intent answers with, and the related topics offered as buttons.
TOPICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "amo_info": ("amo.what", ("amo.covers", "amo.family", "amo.waiting")),
    "amo_enroll": ("amo.enroll", ("amo.family",)),
    "pension_info": ("pension", ()),
    "artisan_card": ("card.how", ()),
    "training": ("training.apprenticeship", ("training.experience",)),
    "marketing": ("selling.online", ("selling.label", "selling.fairs")),
}
AMO_COST = {"none": "amo.cost.no_tax"}
AMO_COST_TAXED = "amo.cost.taxed"
FINANCING = {"start": "financing.start", "grow": "financing.banks", "rural": "financing.rural"}
FINANCING_MORE = ("financing.programmes", "financing.microcredit", "women.dar_sanaa")


def choose_topic(
    intent: str, picked: str | None, tax_situation: str | None, stage: str | None
) -> tuple[str | None, tuple[str, ...], str | None]:
    """(topic to answer, related topics, question to ask first) for an intent and what is known of the user."""
    if picked:
        return picked, (), None
    if intent == "amo_cost":
        if tax_situation is None:
            return None, (), "utter_ask_tax_situation"
        return AMO_COST.get(tax_situation, AMO_COST_TAXED), (), None
    if intent == "financing":
        if stage is None:
            return None, (), "utter_ask_business_stage"
        return FINANCING[stage], FINANCING_MORE, None
    topic, more = TOPICS.get(intent, (None, ()))
    return topic, more, None


# The topic whose answer waits for the user's answer to the question asked first (a typed answer to it is
# read by the forms, actions/form_support.py and actions/situation_question.py), and the entity that answers it.
PENDING_TOPIC = "pending_topic"
ANSWERED_BY = {"amo_cost": "tax_situation", "financing": "business_stage"}
# The forms that ask that question outside another form (data/rules/knowledge.yml): once one ends, its topic is
# answered, whatever intent the typed answer read as.
TOPIC_OF_FORM = {f"{entity}_form": topic for topic, entity in ANSWERED_BY.items()}


class ActionAnswerTopic(Action):
    """Send the published text of the topic in the reply language, dated and sourced, with what to do next."""

    def name(self) -> str:
        return "action_answer_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        intent = TOPIC_OF_FORM.get(tracker.latest_action_name or "") or (
            ((tracker.latest_message or {}).get("intent") or {}).get("name") or ""
        )
        return answer_topic(dispatcher, tracker, intent)


def answer_topic(dispatcher: CollectingDispatcher, tracker: Tracker, intent: str) -> list[dict[str, Any]]:
    """Answer ``intent``'s topic for what is known of the user, or ask first what the answer depends on."""
    picked = next(tracker.get_latest_entity_values("topic"), None)
    topic, more, question = choose_topic(
        intent, picked, tracker.get_slot("tax_situation"), tracker.get_slot("business_stage")
    )
    if question:
        dispatcher.utter_message(response=question)
        return [SlotSet(PENDING_TOPIC, intent)]
    language = tracker.get_slot("language") or "ary"
    with registry().session() as session:
        record = content.published(session, topic) if topic else None
        if record is None:
            note_unanswered(session, tracker)
            dispatcher.utter_message(response="utter_content_unknown")
            return [SlotSet(PENDING_TOPIC, None)]
        text = getattr(record, f"text_{language}", None) or record.text_ar
        source = getattr(record, f"source_{language}", None) or ""
        values = json.loads(record.values or "{}")
        verified = record.verified_on
    # One message, the dated source line under the text: Telegram limits how many messages a bot
    # sends a second, so every answer is a single one. The reference stays for editors.
    dispatcher.utter_message(
        response="utter_content" if source else "utter_content_unsourced",
        **{
            **values,
            "content": text,
            "more": list(more),
            "verified_date": _iso(verified),
            "source": source,
        },
    )
    return [SlotSet(PENDING_TOPIC, None)]


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
