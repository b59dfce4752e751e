"""A helper registers their mother through the real servers: whose details are asked, and what is kept."""

import uuid

from sqlalchemy import create_engine, text

from tests.e2e.conftest import Assistant

# Each message of the helper, and what the assistant answers it with (response names).
CONVERSATION = [
    ("عافاك بغيت نسجل ماما، هي كتخدم الزليج", ["utter_request_intro", "utter_noted_for_person", "utter_ask_request_person_full_name"]),
    ("فاطمة الزهراء العلوي", ["utter_ask_request_person_cin"]),
    ("AB123456", ["utter_ask_request_person_phone"]),
    # The craft said in the first message is confirmed, not asked.
    ("0612345678", ["utter_ask_request_person_trade_ok"]),
    ("/affirm", ["utter_ask_request_person_city"]),
    ("فاس", ["utter_ask_request_person_category"]),
    ('/rna_apply{"category": "practice"}', ["utter_ask_request_person_consent"]),
    ("/affirm", ["utter_ask_request_consent_for_person"]),
    ("/affirm", ["utter_request_done_for_person", "utter_documents_practice"]),
]


def said(replies: list[dict]) -> list[str]:
    return [r["custom"]["response"] for r in replies if "custom" in r]


def test_a_helper_registers_their_mother_and_the_request_holds_the_tie(assistant: Assistant) -> None:
    sender = f"helper-{uuid.uuid4().hex[:8]}"
    for message, expected in CONVERSATION:
        replies = assistant.send(sender, message)
        assert said(replies) == expected, message
    assert "فاطمة الزهراء العلوي" in replies[0]["text"]
    engine = create_engine(assistant.database_url, future=True)
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT full_name, helper_relationship, person_consent_at, filed_by_staff_id, consent_at "
                "FROM registration_requests WHERE conversation_id = :sender"
            ),
            {"sender": sender},
        ).one()
    engine.dispose()
    assert (row.full_name, row.helper_relationship, row.filed_by_staff_id) == ("فاطمة الزهراء العلوي", "parent", None)
    assert row.person_consent_at is not None and row.person_consent_at <= row.consent_at


def test_someone_who_did_not_say_it_switches_with_the_button_of_the_first_question(assistant: Assistant) -> None:
    sender = f"helper-{uuid.uuid4().hex[:8]}"
    first = assistant.send(sender, "je veux faire une demande d'inscription")
    assert said(first)[-1] == "utter_ask_request_full_name"
    buttons = [b["payload"] for reply in first for b in reply.get("buttons", [])]
    button = next(payload for payload in buttons if "on_behalf_of" in payload)
    assert said(assistant.send(sender, button)) == ["utter_noted_for_person", "utter_ask_request_relationship"]
    assert said(assistant.send(sender, "ok")) == ["utter_invalid_relationship", "utter_ask_request_relationship"]
    assert said(assistant.send(sender, "ma soeur")) == ["utter_ask_request_person_full_name"]
    assert said(assistant.send(sender, "/stop")) == ["utter_form_stopped"]
