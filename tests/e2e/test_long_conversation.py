"""A faithful user's long conversation through the real servers: still answered, remembered, stored once."""

import sqlite3
import uuid

import httpx

from rasa_plugins.windowed_tracker_store import CHECKPOINTS_TABLE, DEFAULT_WINDOW_TURNS
from tests.e2e.conftest import Assistant

MESSAGES = 150
# French messages with a fixed answer each: the language chosen at the start must hold throughout.
FILLER = (("merci", "utter_thank"), ("/ask_help", "utter_menu"), ("/amo_info", "utter_content"))


def answers(replies: list[dict]) -> list[tuple[str, str]]:
    return [(r["custom"]["response"], r["custom"]["language"]) for r in replies if "custom" in r]


def test_a_long_conversation_is_answered_and_remembered(assistant: Assistant) -> None:
    sender = f"long-{uuid.uuid4().hex[:8]}"
    answered = 0  # bot utterances: the REST channel sends each as a text and a companion (custom) message

    def send(text: str) -> list[dict]:
        nonlocal answered
        replies = assistant.send(sender, text)
        answered += len(answers(replies))
        return replies

    assert answers(send("Bonjour")) == [("utter_greet", "fr")]
    first = send('/amo_cost{"tax_situation": "none"}')  # remembered: asked only once
    assert answers(first)[0] == ("utter_content", "fr") and "135" in first[0]["text"]
    for n in range(MESSAGES - 3):
        text, response = FILLER[n % len(FILLER)]
        assert answers(send(text))[0] == (response, "fr"), f"message {n + 3}: {text}"
    last = send("/amo_cost")
    assert answers(last)[0] == ("utter_content", "fr") and last[0]["text"] == first[0]["text"]

    with sqlite3.connect(assistant.tracker_db) as connection:
        rows = connection.execute("SELECT type_name, data FROM events WHERE sender_id = ?", (sender,)).fetchall()
        checkpoints = connection.execute(
            f"SELECT COUNT(*) FROM {CHECKPOINTS_TABLE} WHERE sender_id = ?", (sender,)  # noqa: S608
        ).fetchone()[0]
    types = [type_name for type_name, _ in rows]
    assert types.count("user") == MESSAGES
    assert types.count("bot") == answered
    assert len({data for _, data in rows}) == len(rows), "an event was stored twice"
    assert checkpoints == DEFAULT_WINDOW_TURNS, "the windowed tracker store is the one in use"

    # Rasa's HTTP API (the help desk's) still gives the whole conversation.
    response = httpx.get(
        f"{assistant.rasa_url}/conversations/{sender}/tracker",
        params={"include_events": "ALL", "token": assistant.token},
        timeout=60,
    )
    response.raise_for_status()
    assert [e["event"] for e in response.json()["events"]].count("user") == MESSAGES
