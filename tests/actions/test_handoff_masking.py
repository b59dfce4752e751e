"""The handoff record copies the last messages with nothing personal in clear: form answers, CIN, phone, name."""

from __future__ import annotations

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.handoff import ActionHandoff, last_messages
from actions.registry_access import registry
from rasa_plugins.pending_answers import PLACEHOLDER
from registry.models import HandoffRequest

NAME = "Fatima Zahra Alaoui"


def user(text: str, entities: list | None = None) -> dict:
    return {"event": "user", "text": text, "parse_data": {"entities": entities or []}}


def bot(text: str) -> dict:
    return {"event": "bot", "text": text}


def slot(name: str, value: object) -> dict:
    return {"event": "slot", "name": name, "value": value}


CONVERSATION = [
    user("bghit ntsjel"),
    {"event": "active_loop", "name": "rna_request_form"},
    slot("requested_slot", "request_full_name"),
    bot("Smitek?"),
    user(NAME),
    slot("request_full_name", NAME),
    slot("requested_slot", "request_cin"),
    bot("CIN?"),
    user("AB 123456"),
    slot("requested_slot", "request_phone"),
    bot("Phone?"),
    user("ana Alaoui, nmrti 06 12 34 56 78 w CIN AB123456"),
    bot("Chno bghiti?"),
]


def test_form_answers_become_the_placeholder_and_numbers_and_names_are_hidden_elsewhere() -> None:
    kept = last_messages(CONVERSATION, known=[NAME])
    users = [message["text"] for message in kept if message["sender"] == "user"]
    assert users[:3] == ["bghit ntsjel", PLACEHOLDER, PLACEHOLDER]
    # An answer to the phone question (whatever it says) is the placeholder too.
    assert users[3] == PLACEHOLDER
    text = json.dumps(kept, ensure_ascii=False)
    for personal in ("Alaoui", "123456", "12 34 56 78", "Fatima"):
        assert personal not in text


def test_outside_a_form_a_cin_or_phone_is_masked_and_the_rest_kept() -> None:
    kept = last_messages([user("ana Alaoui w nmrti 0612345678"), bot("Mrhba")], known=[NAME])
    assert kept[0]["text"] == "ana ••• w nmrti 06******78"
    assert kept[1] == {"sender": "bot", "text": "Mrhba"}


async def test_the_stored_handoff_record_holds_nothing_personal(domain) -> None:
    # The user left the form, then asked for a person.
    events = [*CONVERSATION, {"event": "active_loop", "name": None}, user("bghit nhder m3a chi wa7ed")]
    latest = {"text": "bghit nhder m3a chi wa7ed", "intent": {"name": "human_handoff", "confidence": 1.0}, "entities": []}
    slots = {"language": "ary", "request_full_name": NAME, "request_cin": "AB123456"}
    tracker = Tracker("handoff-private", slots, latest, events, False, None, {}, "action_listen")
    await ActionHandoff().run(CollectingDispatcher(), tracker, domain)
    with registry().session() as session:
        (record,) = session.execute(
            select(HandoffRequest).where(HandoffRequest.conversation_id == "handoff-private")
        ).scalars()
    assert "Alaoui" not in record.last_messages and "123456" not in record.last_messages
    assert json.loads(record.last_messages)[-1] == {"sender": "user", "text": "bghit nhder m3a chi wa7ed"}


def test_a_question_the_form_rejected_at_a_personal_question_is_kept_as_written() -> None:
    question = "wach khassni nkhelles chi haja f l'amo?"
    events = [
        *CONVERSATION[:9],  # at the phone question
        user(question),
        {"event": "action_execution_rejected", "name": "rna_request_form"},
        {"event": "action", "name": "action_answer_topic"},
        bot("Ach kat khelles daba?"),
        user("0612345678"),
        # A question with a number in it is still masked where the number is.
        user("ch7al l'amo? nmrti 0612345678"),
        {"event": "action_execution_rejected"},
    ]
    users = [m["text"] for m in last_messages(events, known=[NAME]) if m["sender"] == "user"]
    assert users[-3:] == [question, PLACEHOLDER, "ch7al l'amo? nmrti 06******78"]
