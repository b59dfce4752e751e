"""Nothing personal before consent: after a refusal no store and no log holds the name, CIN or phone typed;
after consent the registry holds the CIN and phone encrypted, and the status lookup still finds the request."""

from __future__ import annotations

import random
import re
import string
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from rasa_plugins.pending_answers import PERSONAL_SLOTS, PLACEHOLDER
from staff.tracker import TrackerStore
from staff.views.transcript import timeline
from tests.e2e.conftest import Assistant


def said(replies: list[dict]) -> list[str]:
    return [r["custom"]["response"] for r in replies if "custom" in r]


def person() -> tuple[str, str, str]:
    """A name, CIN and phone of this test run alone, so that finding one anywhere means this test left it."""
    letters = "".join(random.choices(string.ascii_lowercase, k=9))
    digits = "".join(random.choices(string.digits, k=6))
    return f"Zineb {letters.capitalize()}", f"KX{digits}", f"07{digits}{random.randint(10, 99)}"


def fill_the_form(assistant: Assistant, sender: str, name: str, cin: str, phone: str) -> list[list[dict]]:
    """Every answer of the request form, up to its consent question (the CIN and phone as people type them)."""
    messages = [
        "je veux m'inscrire maintenant",
        name,
        f"{cin[:2].lower()} {cin[2:]}",
        f"{phone[:2]} {phone[2:4]} {phone[4:6]} {phone[6:8]} {phone[8:]}",
        "poterie",
        "/affirm",
        "Marrakech",
        '/rna_apply{"category": "practice"}',
    ]
    return [assistant.send(sender, message) for message in messages]


def traces(name: str, cin: str, phone: str) -> tuple[str, ...]:
    # The phone as typed, in its first three pairs: two pairs alone ("07 03") are also a log's date and hour
    # ("2026-12-07 03:24"), which a run on the 7th at 3 o'clock found.
    return (name, name.split()[-1], cin, cin[2:], phone, phone[1:], f"{phone[:2]} {phone[2:4]} {phone[4:6]}")


def files_holding(folder: Path, found: tuple[str, ...]) -> list[str]:
    """The files under ``folder`` (SQLite files with their write-ahead logs, server logs) holding any of ``found``."""
    # A value of digits alone counts as a number of its own, not inside a longer one: the store is full of
    # timestamps such as 1764603533.933896, which a random six-digit CIN would match by chance.
    patterns = [
        re.compile(rf"(?<![\d.]){re.escape(value)}(?!\d)" if value.isdigit() else re.escape(value)) for value in found
    ]
    hits = []
    for path in sorted(folder.iterdir()):
        if path.is_file():
            content = path.read_bytes().decode("utf-8", "replace")
            hits += [f"{path.name}: {value}" for value, pattern in zip(found, patterns, strict=True) if pattern.search(content)]
    return hits


def test_after_a_refusal_nothing_typed_remains_in_any_store_or_log(assistant: Assistant) -> None:
    sender = f"e2e-private-{uuid.uuid4().hex[:8]}"
    name, cin, phone = person()
    replies = fill_the_form(assistant, sender, name, cin, phone)
    assert said(replies[-1])[-1] == "utter_ask_request_consent"
    assert said(assistant.send(sender, "/deny"))[0] == "utter_request_not_saved"
    assert said(assistant.send(sender, "salam"))[0] == "utter_greet"

    folder = assistant.tracker_db.parent
    assert {path.name for path in folder.iterdir()} >= {"tracker.db", "registry.db", "rasa.log", "actions.log"}
    # The search reads the conversation store, write-ahead log included: the conversation is there.
    assert any(hit.startswith("tracker.db") for hit in files_holding(folder, (sender,)))
    assert files_holding(folder, traces(name, cin, phone)) == []
    engine = create_engine(assistant.database_url, future=True)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM pending_answer_keys WHERE sender_id = :s"), {"s": sender}).scalar_one() == 0
    engine.dispose()
    # The help desk's transcript, even with personal data revealed, shows where the answers were.
    store = TrackerStore(f"sqlite:///{assistant.tracker_db}")
    items, _ = timeline(store.conversation(sender), reveal=True)
    store.dispose()
    user_texts = [item.text for item in items if item.kind == "user"]
    assert user_texts[:5] == ["je veux m'inscrire maintenant", PLACEHOLDER, PLACEHOLDER, PLACEHOLDER, "poterie"]
    shown = {item.value for item in items if item.kind == "slot" and item.name in PERSONAL_SLOTS}
    assert PLACEHOLDER in shown and shown <= {PLACEHOLDER, ""}


def test_after_consent_the_registry_holds_the_cin_and_phone_encrypted_and_the_lookup_works(
    assistant: Assistant,
) -> None:
    sender = f"e2e-consent-{uuid.uuid4().hex[:8]}"
    name, cin, phone = person()
    fill_the_form(assistant, sender, name, cin, phone)
    assert said(assistant.send(sender, "/affirm"))[0] == "utter_request_done"
    engine = create_engine(assistant.database_url, future=True)
    with engine.connect() as connection:
        row = dict(
            connection.execute(
                text("SELECT * FROM registration_requests WHERE conversation_id = :s"), {"s": sender}
            ).one()._mapping
        )
    engine.dispose()
    assert row["full_name"] == name  # kept in clear once agreed: the chamber calls the person by it
    stored = " ".join(str(value) for value in row.values())
    assert cin not in stored and cin[2:] not in stored and phone not in stored and phone[1:] not in stored
    assert len(row["cin_hash"]) == 64

    assert said(assistant.send(sender, "/rna_status"))[0] == "utter_status_explain"
    assert said(assistant.send(sender, '/rna_status{"lookup": "help_request"}')) == ["utter_ask_status_reference"]
    assert said(assistant.send(sender, row["reference"])) == ["utter_ask_status_cin"]
    assert said(assistant.send(sender, cin.lower())) == ["utter_status_received"]
