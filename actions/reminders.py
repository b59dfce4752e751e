"""Reminders along the path: recording one the user asks for, listing them (/reminders), cancelling them.

The scheduler (`hirfa scheduler`, outreach/reminders.py) sends them; these actions only read and
write the schedule, in the registry database.
"""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.registry_access import registry, settings
from hirfa.artisan_path import NEXT_STEP, STEP_OF_INTENT, STEPS, WHEN, is_telegram_chat
from outreach import reminders
from registry.types import utc_now

# How far back a typed "remind me" looks for the step the conversation was about.
RECENT_MESSAGES = 3


def _channel(tracker: Tracker) -> str | None:
    """The channel the latest message came through, as the bot names it in the metadata."""
    return ((tracker.latest_message or {}).get("metadata") or {}).get("channel")


def _entity(tracker: Tracker, name: str) -> Any:
    return next(tracker.get_latest_entity_values(name), None)


class ActionRemindMe(Action):
    """Record a reminder about the next step, asking first when it should come (in a week, in a month)."""

    def name(self) -> str:
        return "action_remind_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if not is_telegram_chat(tracker.sender_id, _channel(tracker)):
            dispatcher.utter_message(response="utter_reminders_telegram_only")
            return []
        step, when = _entity(tracker, "step") or _step_asked_about(tracker), _entity(tracker, "when")
        if step is None:
            dispatcher.utter_message(response="utter_reminder_how")
            return []
        if step not in STEPS:
            dispatcher.utter_message(response="utter_did_not_understand")
            return []
        if when not in WHEN:
            dispatcher.utter_message(response="utter_ask_reminder_when", step=step)
            return []
        language = tracker.get_slot("language") or settings().default_language
        due = await asyncio.to_thread(_schedule, tracker.sender_id, language, step, when)
        dispatcher.utter_message(response="utter_reminder_set", step=step, due_date=reminders.local_date(due))
        return []


def _step_asked_about(tracker: Tracker) -> str | None:
    """For a typed "remind me": the step after the one the conversation was last about, if any."""
    users = 0
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") == "action_submit_rna_request":
            return NEXT_STEP["rna"]
        if event.get("event") != "user":
            continue
        users += 1
        if users == 1:
            continue  # the "remind me" itself
        answered = STEP_OF_INTENT.get(((event.get("parse_data") or {}).get("intent") or {}).get("name") or "")
        if answered:
            return NEXT_STEP[answered]
        if users > RECENT_MESSAGES:
            return None
    return None


def _schedule(sender_id: str, language: str, step: str, when: str) -> Any:
    with registry().session() as session:
        return reminders.schedule(session, sender_id, language, step, when, utc_now()).due_at


class ActionListReminders(Action):
    """List the user's pending reminders, each with a button to cancel it, and one to stop them all."""

    def name(self) -> str:
        return "action_list_reminders"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        planned = await asyncio.to_thread(_pending, tracker.sender_id)
        if not planned:
            dispatcher.utter_message(response="utter_no_reminders")
            return []
        for reminder_id, step, due in planned:
            dispatcher.utter_message(
                response="utter_reminder_item",
                step=step,
                due_date=reminders.local_date(due),
                reminder_id=reminder_id,
            )
        dispatcher.utter_message(response="utter_reminders_stop_all")
        return []


def _pending(sender_id: str) -> list[tuple[int, str, Any]]:
    with registry().session() as session:
        return [(r.id, r.step, r.due_at) for r in reminders.pending(session, sender_id)]


class ActionStopReminders(Action):
    """Cancel one reminder (the button under it in /reminders) or, without one named, all of them."""

    def name(self) -> str:
        return "action_stop_reminders"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        named = _entity(tracker, "reminder")
        if named is None:
            await asyncio.to_thread(_cancel, tracker.sender_id, None)
            dispatcher.utter_message(response="utter_reminders_stopped")
            return []
        try:
            reminder_id = int(str(named))
        except ValueError:
            reminder_id = None
        cancelled = await asyncio.to_thread(_cancel, tracker.sender_id, reminder_id) if reminder_id else []
        if cancelled:
            dispatcher.utter_message(response="utter_reminder_cancelled", step=cancelled[0])
        else:
            dispatcher.utter_message(response="utter_reminder_not_found")
        return []


def _cancel(sender_id: str, reminder_id: int | None) -> list[str]:
    """Cancel the user's reminder ``reminder_id`` (only theirs), or all; the steps cancelled."""
    with registry().session() as session:
        return [r.step for r in reminders.cancel(session, sender_id, utc_now(), reminder_id)]
