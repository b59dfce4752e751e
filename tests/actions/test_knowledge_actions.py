
"""Content answers, the help-desk handoff and deletion, against a seeded registry with the real content."""

import datetime as dt
import json
from pathlib import Path

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import create_engine, select

from actions.content_answers import ActionAnswerTopic, choose_topic
from actions.forget import ActionForgetMe, purge_conversation
from actions.handoff import ActionHandoff, last_messages
from actions.registry_access import registry
from hirfa.office_hours import DAYS, MOROCCO
from registry import content
from registry.models import HandoffRequest, UnansweredQuestion
from tests.actions.conftest import make_tracker

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def loaded_content(registry_url: str) -> None:
    from registry.db import Registry

    store = Registry.from_url(registry_url)
    with store.session() as session:
        content.load_content(session, content.read_records(ROOT / "data" / "content"), created_by="seed")
    store.dispose()


@pytest.mark.parametrize(
    ("intent", "picked", "tax", "stage", "expected"),
    [
        ("amo_info", None, None, None, ("amo.what", ("amo.covers", "amo.family", "amo.waiting"), None)),
        ("amo_cost", None, None, None, (None, (), "utter_ask_tax_situation")),
        ("amo_cost", None, "none", None, ("amo.cost.no_tax", (), None)),
        ("amo_cost", None, "cpu", None, ("amo.cost.taxed", (), None)),
        ("amo_cost", None, "auto_entrepreneur", None, ("amo.cost.taxed", (), None)),
        ("financing", None, None, None, (None, (), "utter_ask_business_stage")),
        (
            "financing",
            None,
            None,
            "rural",
            ("financing.rural", ("financing.programmes", "financing.microcredit", "women.dar_sanaa"), None),
        ),
        ("financing", "women.dar_sanaa", None, "grow", ("women.dar_sanaa", (), None)),
        ("artisan_card", None, None, None, ("card.how", (), None)),
    ],
)
def test_choose_topic(intent, picked, tax, stage, expected) -> None:
    assert choose_topic(intent, picked, tax, stage) == expected


@pytest.mark.parametrize("language", ["ar", "ary", "fr"])
async def test_a_topic_is_answered_from_its_published_text_in_the_reply_language(
    language: str, domain
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("ch7al amo", "amo_cost", slots={"language": language, "tax_situation": "none"})
    await ActionAnswerTopic().run(dispatcher, tracker, domain)
    # One message: the text, the day it was checked and its official source in the reply language.
    (answer,) = dispatcher.messages
    assert answer["response"] == "utter_content"
    with registry().session() as session:
        record = content.published(session, "amo.cost.no_tax")
        assert answer["content"] == getattr(record, f"text_{language}")
        assert answer["amount"] == json.loads(record.values)["amount"]
        assert answer["source"] == getattr(record, f"source_{language}")
        assert answer["verified_date"] == record.verified_on.isoformat()
        # The editors' reference is never sent.
        assert record.reference not in str(answer)
    assert "DOMAIN" not in answer["source"] and "§" not in answer["source"]


async def test_a_version_saved_before_sources_had_languages_is_answered_with_its_date(domain) -> None:
    from registry.models import ContentVersion

    with registry().session() as session:
        newest = content.latest(session, "pension")
        session.add(
            ContentVersion(
                topic="pension",
                version=newest.version + 1,
                status="published",
                text_ar="أ",
                text_ary="ب",
                text_fr="Texte d'avant",
                values="{}",
                reference="shared/DOMAIN.md §2",
                verified_on=newest.verified_on,
                created_at=newest.created_at,
                created_by="migrated",
            )
        )
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("retraite", "pension_info", slots={"language": "fr"})
    try:
        await ActionAnswerTopic().run(dispatcher, tracker, domain)
    finally:
        with registry().session() as session:
            session.delete(content.latest(session, "pension"))
    (answer,) = dispatcher.messages
    assert answer["response"] == "utter_content_unsourced" and answer["content"] == "Texte d'avant"
    assert answer["source"] == "" and answer["verified_date"]


async def test_a_missing_topic_is_said_and_noted(domain) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "x", "marketing", [{"entity": "topic", "value": "selling.nowhere"}], slots={"language": "fr"}
    )
    await ActionAnswerTopic().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_content_unknown"]
    with registry().session() as session:
        noted = (
            session.execute(select(UnansweredQuestion).where(UnansweredQuestion.conversation_id == "tester"))
            .scalars()
            .all()
        )
        assert noted and noted[-1].predicted_intent == "marketing"


def test_last_messages_keep_the_latest_texts_in_order() -> None:
    events = [
        {"event": "user", "text": f"u{i}"} if i % 2 else {"event": "bot", "text": f"b{i}"} for i in range(14)
    ]
    events.insert(3, {"event": "action", "name": "action_listen"})
    kept = last_messages(events, count=4)
    assert kept == [
        {"sender": "bot", "text": "b10"},
        {"sender": "user", "text": "u11"},
        {"sender": "bot", "text": "b12"},
        {"sender": "user", "text": "u13"},
    ]


async def test_outside_office_hours_a_handoff_says_when_someone_will_answer(domain, monkeypatch) -> None:
    from actions.registry_access import office_hours, settings

    # Open only on the day three days from today: closed now, whatever the day.
    now = dt.datetime.now(MOROCCO)
    closed_day = DAYS[(now.weekday() + 3) % 7]
    monkeypatch.setenv("HIRFA_OFFICE_HOURS", f"{closed_day} 09:00-12:00")
    settings.cache_clear()
    office_hours.cache_clear()
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("bghit nhder m3a chi wa7ed", "human_handoff", slots={"language": "fr"})
    tracker.sender_id = "handoff-closed"
    await ActionHandoff().run(dispatcher, tracker, domain)
    (message,) = dispatcher.messages
    assert message["response"] == "utter_handoff_recorded_closed"
    opening = dt.datetime.combine(dt.date.fromisoformat(message["opens_date"]), dt.time(9), MOROCCO)
    assert opening.weekday() == (now.weekday() + 3) % 7 and message["opens_time"] == "09:00"
    assert dt.timedelta(0) < opening - now < dt.timedelta(days=7)


async def test_a_handoff_is_recorded_with_the_conversation(domain) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "bghit nhder m3a chi wa7ed",
        "human_handoff",
        slots={"language": "ary"},
        metadata={"voice_file_id": "AwADBAAD"},
    )
    tracker.sender_id = "handoff-1"
    await ActionHandoff().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_handoff_recorded"]
    with registry().session() as session:
        (request,) = session.execute(
            select(HandoffRequest).where(HandoffRequest.conversation_id == "handoff-1")
        ).scalars()
        assert request.language == "ary" and request.voice_file_id == "AwADBAAD"
        assert json.loads(request.last_messages)[-1] == {
            "sender": "user",
            "text": "bghit nhder m3a chi wa7ed",
        }


async def test_forget_me_without_confirmation_deletes_nothing(domain) -> None:
    dispatcher = CollectingDispatcher()
    await ActionForgetMe().run(
        dispatcher, make_tracker("la", "deny", slots={"forget_confirm": False}), domain
    )
    assert [m["response"] for m in dispatcher.messages] == ["utter_forget_cancelled"]


def test_purge_deletes_only_that_conversations_events(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, data TEXT)")
        connection.exec_driver_sql(
            "INSERT INTO events (sender_id, data) VALUES ('a', '1'), ('a', '2'), ('b', '3')"
        )
    assert purge_conversation(url, "a") == 2
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT sender_id FROM events").fetchall() == [("b",)]
