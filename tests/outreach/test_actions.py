"""The reminder actions: asking when, recording, listing with a cancel button each, stopping one or all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.reminders import ActionListReminders, ActionRemindMe, ActionStopReminders
from outreach import reminders
from registry.db import Registry

CHAT = "6101"


def make_tracker(
    intent: str, entities: dict[str, Any] | None = None, sender: str = CHAT, channel: str = "telegram"
) -> Tracker:
    found = [{"entity": name, "value": value} for name, value in (entities or {}).items()]
    latest = {
        "text": f"/{intent}",
        "intent": {"name": intent, "confidence": 1.0},
        "entities": found,
        "metadata": {"channel": channel},
    }
    events = [{"event": "user", "text": latest["text"], "parse_data": latest, "metadata": latest["metadata"]}]
    return Tracker(sender, {"language": "ary"}, latest, events, False, None, {}, "action_listen")


@pytest.fixture
def actions_registry(
    tmp_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Registry]:
    """The actions pointed at this test's own migrated database (the cached settings reset)."""
    import shutil

    from actions.registry_access import registry, settings

    path = tmp_path / "hirfa.db"
    shutil.copyfile(migrated_template, path)
    monkeypatch.setenv("HIRFA_DATABASE_URL", f"sqlite:///{path}")
    for cached in (settings, registry):
        cached.cache_clear()
    yield registry()
    registry().dispose()
    for cached in (settings, registry):
        cached.cache_clear()


async def run(action: Any, tracker: Tracker) -> list[dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, tracker, {})
    return dispatcher.messages


async def test_without_a_delay_it_asks_when(actions_registry: Registry) -> None:
    messages = await run(ActionRemindMe(), make_tracker("remind_me", {"step": "card"}))
    assert [(m["response"], m.get("step")) for m in messages] == [("utter_ask_reminder_when", "card")]
    with actions_registry.session() as session:
        assert reminders.pending(session, CHAT) == []


async def test_with_a_delay_it_records_the_reminder_in_the_reply_language(actions_registry: Registry) -> None:
    messages = await run(ActionRemindMe(), make_tracker("remind_me", {"step": "amo", "when": "week"}))
    assert messages[0]["response"] == "utter_reminder_set"
    with actions_registry.session() as session:
        [row] = reminders.pending(session, CHAT)
    assert (row.step, row.language) == ("amo", "ary")
    assert messages[0]["due_date"] == reminders.local_date(row.due_at)


@pytest.mark.parametrize(("sender", "channel"), [("cli-123", "cli"), ("6101", "rest")])
async def test_outside_telegram_it_explains_and_records_nothing(
    actions_registry: Registry, sender: str, channel: str
) -> None:
    tracker = make_tracker("remind_me", {"step": "amo", "when": "week"}, sender=sender, channel=channel)
    assert [m["response"] for m in await run(ActionRemindMe(), tracker)] == ["utter_reminders_telegram_only"]
    with actions_registry.session() as session:
        assert reminders.pending(session, sender) == []


async def test_a_step_it_does_not_know_gets_a_kind_answer(actions_registry: Registry) -> None:
    messages = await run(ActionRemindMe(), make_tracker("remind_me", {"step": "moon", "when": "week"}))
    assert [m["response"] for m in messages] == ["utter_did_not_understand"]


def typed_after(intent: str | None, action: str | None = None) -> Tracker:
    """A typed "remind me" (no step) after a message with ``intent`` and the bot's ``action``."""
    tracker = make_tracker("remind_me")
    earlier = []
    if intent:
        earlier.append(
            {"event": "user", "text": "?", "parse_data": {"intent": {"name": intent}}, "metadata": {}}
        )
    if action:
        earlier.append({"event": "action", "name": action})
    tracker.events[:0] = earlier
    return tracker


@pytest.mark.parametrize(
    ("intent", "action", "step"),
    [("artisan_card", "action_answer_topic", "amo"), ("affirm", "action_submit_rna_request", "card")],
)
async def test_a_typed_remind_me_is_about_the_step_after_the_last_answer(
    actions_registry: Registry, intent: str, action: str, step: str
) -> None:
    messages = await run(ActionRemindMe(), typed_after(intent, action))
    assert [(m["response"], m.get("step")) for m in messages] == [("utter_ask_reminder_when", step)]


@pytest.mark.parametrize("intent", [None, "greet"])
async def test_a_typed_remind_me_out_of_the_blue_explains_how(
    actions_registry: Registry, intent: str | None
) -> None:
    messages = await run(ActionRemindMe(), typed_after(intent))
    assert [m["response"] for m in messages] == ["utter_reminder_how"]


async def test_listing_then_cancelling_one_then_stopping_all(actions_registry: Registry) -> None:
    assert [m["response"] for m in await run(ActionListReminders(), make_tracker("list_reminders"))] == [
        "utter_no_reminders"
    ]
    await run(ActionRemindMe(), make_tracker("remind_me", {"step": "card", "when": "week"}))
    await run(ActionRemindMe(), make_tracker("remind_me", {"step": "grow", "when": "month"}))
    listed = await run(ActionListReminders(), make_tracker("list_reminders"))
    assert [m["response"] for m in listed] == [
        "utter_reminder_item",
        "utter_reminder_item",
        "utter_reminders_stop_all",
    ]
    assert [m["step"] for m in listed[:2]] == ["card", "grow"]
    first = listed[0]["reminder_id"]
    # Someone else cannot cancel it.
    other = await run(
        ActionStopReminders(), make_tracker("stop_reminders", {"reminder": first}, sender="6102")
    )
    assert [m["response"] for m in other] == ["utter_reminder_not_found"]
    cancelled = await run(ActionStopReminders(), make_tracker("stop_reminders", {"reminder": first}))
    assert [(m["response"], m["step"]) for m in cancelled] == [("utter_reminder_cancelled", "card")]
    again = await run(ActionStopReminders(), make_tracker("stop_reminders", {"reminder": first}))
    assert [m["response"] for m in again] == ["utter_reminder_not_found"]
    garbage = await run(ActionStopReminders(), make_tracker("stop_reminders", {"reminder": "x'; drop"}))
    assert [m["response"] for m in garbage] == ["utter_reminder_not_found"]
    stopped = await run(ActionStopReminders(), make_tracker("stop_reminders"))
    assert [m["response"] for m in stopped] == ["utter_reminders_stopped"]
    with actions_registry.session() as session:
        assert reminders.pending(session, CHAT) == []
