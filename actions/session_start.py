"""A new session (after an hour of silence, or /restart) keeps the slots, and a person's take-over."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, ConversationPaused, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.registry_access import registry
from registry import help_desk

# Rasa's own bookkeeping slot, set again by Rasa at each session start.
NOT_CARRIED = frozenset({"session_started_metadata"})


class ActionSessionStart(Action):
    """Rasa's default session start, plus: a conversation a person answers stays paused.

    Rasa's pause lives in the session; without this, a user who writes after an hour would get
    the assistant's answers on top of the person's.
    """

    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        carried = [
            SlotSet(name, value)
            for name, value in tracker.slots.items()
            if value is not None and name not in NOT_CARRIED
        ]
        events = [SessionStarted(), *carried, ActionExecuted("action_listen")]
        with registry().session() as session:
            held = help_desk.held_by_person(session, tracker.sender_id)
        return [*events, ConversationPaused()] if held else events
