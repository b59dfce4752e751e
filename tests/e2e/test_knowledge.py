"""Answers from the ministry's content, the help desk and deletion, through the real servers."""

import sqlite3
import subprocess
import time
import uuid

import pytest
import yaml
from sqlalchemy import create_engine, text

from registry.content import read_records
from replies.catalogs import format_value
from tests.e2e.conftest import BIN, ROOT, Assistant

RECORDS = {r["topic"]: r for r in read_records(ROOT / "data" / "content")}
TOPICS = {
    "/amo_info": "amo.what",
    "/amo_enroll": "amo.enroll",
    "/pension_info": "pension",
    "/artisan_card": "card.how",
    "/training": "training.apprenticeship",
    "/marketing": "selling.online",
}


def new_sender() -> str:
    return f"kn-{uuid.uuid4().hex[:8]}"


def said(replies: list[dict]) -> list[str]:
    return [r["custom"]["response"] for r in replies if "custom" in r]


def count(assistant: Assistant, table: str, sender: str) -> int:
    engine = create_engine(assistant.database_url, future=True)
    with engine.connect() as connection:
        return connection.execute(
            text(f"SELECT COUNT(*) FROM {table} WHERE conversation_id = :s"),
            {"s": sender},  # noqa: S608 (fixed names)
        ).scalar_one()


@pytest.mark.parametrize("greeting", ["salam", "Bonjour", "مرحبا، كيف حالك؟"])
@pytest.mark.parametrize("topic", TOPICS)
def test_each_topic_is_answered_in_one_message_with_its_checked_date_source_and_next_steps(
    assistant: Assistant, greeting: str, topic: str
) -> None:
    sender = new_sender()
    language = assistant.send(sender, greeting)[-1]["custom"]["language"]
    replies = assistant.send(sender, topic)
    # One text, so one Telegram message, with its buttons; the REST channel adds its language and
    # direction as a companion entry without text.
    (answer,) = [r for r in replies if "text" in r]
    assert said(replies) == ["utter_content"] and replies[-1]["custom"]["language"] == language
    record = RECORDS[TOPICS[topic]]
    text = answer["text"].replace("\u2068", "").replace("\u2069", "")
    line = text.rsplit("\n\n", 1)[1]
    assert format_value(record["verified_on"].isoformat(), language, "verified_date") in line
    assert line.endswith(record["source"][language])
    assert record["reference"] not in text and "DOMAIN" not in text
    assert answer["buttons"], "every answer offers a next step"


def test_the_amo_amount_depends_on_the_tax_situation_asked_once(assistant: Assistant) -> None:
    sender = new_sender()
    assert said(assistant.send(sender, "ch7al kankhalas f l'AMO kol chhar?")) == ["utter_ask_tax_situation"]
    replies = assistant.send(sender, '/amo_cost{"tax_situation": "none"}')
    assert (
        said(replies)[0] == "utter_content" and "135" in replies[0]["text"] and "2021" in replies[0]["text"]
    )
    assert said(assistant.send(sender, "/amo_cost"))[0] == "utter_content"  # remembered
    replies = assistant.send(new_sender(), '/amo_cost{"tax_situation": "cpu"}')
    assert "135" not in replies[0]["text"]


def test_financing_depends_on_the_stage_and_points_women_to_dar_sanaa(assistant: Assistant) -> None:
    sender = new_sender()
    assert said(assistant.send(sender, "/financing")) == ["utter_ask_business_stage"]
    replies = assistant.send(sender, '/financing{"business_stage": "rural"}')
    payloads = [b["payload"] for b in replies[0]["buttons"]]
    assert '/financing{"topic": "women.dar_sanaa"}' in payloads
    assert said(assistant.send(sender, '/financing{"topic": "women.dar_sanaa"}'))[0] == "utter_content"


def test_a_published_edit_is_answered_within_five_seconds(assistant: Assistant, tmp_path) -> None:
    records = yaml.safe_load((ROOT / "data" / "content" / "pension.yml").read_text(encoding="utf-8"))
    marker = f"EDIT-{uuid.uuid4().hex[:6]}"
    records[0]["text"] = {lang: f"{body} {marker}" for lang, body in records[0]["text"].items()}
    edited = tmp_path / "pension.yml"
    edited.write_text(yaml.safe_dump(records, allow_unicode=True), encoding="utf-8")
    subprocess.run(
        [str(BIN / "hirfa"), "content", "import", str(edited), "--editor", "ministry"],
        cwd=ROOT,
        env=assistant.env,
        check=True,
        capture_output=True,
    )
    published_at = time.monotonic()
    sender = new_sender()
    while marker not in assistant.send(sender, "/pension_info")[0]["text"]:
        assert time.monotonic() - published_at < 5, "the edit was not answered within 5 s"
        time.sleep(0.2)


def test_an_uncovered_question_gets_an_honest_answer_and_is_noted(assistant: Assistant) -> None:
    sender = new_sender()
    replies = assistant.send(sender, "zorglub flimbo qwertz")
    assert said(replies)[0] in {"utter_did_not_understand", "utter_did_you_mean"}
    assert count(assistant, "unanswered_questions", sender) == 1


def test_a_handoff_is_recorded_and_explained(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.send(sender, "salam")
    assert said(assistant.send(sender, "bghit nhder m3a chi wa7ed mn l'equipe")) == ["utter_handoff_recorded"]
    assert count(assistant, "handoff_requests", sender) == 1


def test_forget_me_deletes_requests_handoffs_and_the_conversation(assistant: Assistant) -> None:
    sender = new_sender()
    for message in (
        "/rna_apply",
        "Fatima Zahra",
        "AB123456",
        "0612345678",
        "zellige",
        "/affirm",
        "Fès",
        '/rna_apply{"category": "diploma"}',
        "/affirm",
        "/human_handoff",
    ):
        assistant.send(sender, message)
    assert count(assistant, "registration_requests", sender) == 1
    assert said(assistant.send(sender, "/forget_me")) == ["utter_ask_forget_confirm"]
    replies = assistant.send(sender, "/affirm")
    assert said(replies) == ["utter_forgotten"]
    assert count(assistant, "registration_requests", sender) == 0
    assert count(assistant, "handoff_requests", sender) == 0
    deadline = time.monotonic() + 15
    while True:
        with sqlite3.connect(assistant.tracker_db) as connection:
            left = connection.execute(
                "SELECT COUNT(*) FROM events WHERE sender_id = ?", (sender,)
            ).fetchone()[0]
        if left == 0:
            break
        assert time.monotonic() < deadline, f"{left} conversation events are still stored"
        time.sleep(0.5)


def test_forget_me_can_be_declined(assistant: Assistant) -> None:
    sender = new_sender()
    assistant.send(sender, "/forget_me")
    assert said(assistant.send(sender, "/deny")) == ["utter_forget_cancelled"]
