"""Deleting a user's data on request (law 09-08): registry records now, the conversation by a durable job."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy import create_engine

from actions.registry_access import registry
from registry import deletions


def purge_conversation(tracker_store_url: str, sender_id: str) -> int:
    """Delete every event (and checkpoint) of ``sender_id`` from Rasa's SQL tracker store; how many events."""
    engine = create_engine(tracker_store_url, future=True)
    try:
        with engine.begin() as connection:
            return deletions.delete_tracker_data(connection, sender_id)[0]
    finally:
        engine.dispose()


def _forget(sender_id: str) -> deletions.Erased:
    # One transaction: the registry rows go and the conversation's deletion job is written, or neither.
    with registry().session() as session:
        return deletions.forget(session, sender_id)


class ActionForgetMe(Action):
    """After confirmation, delete the user's requests, help-desk requests and noted questions, and schedule
    their conversation's deletion (``hirfa forget-worker`` runs it once Rasa has stored this turn)."""

    def name(self) -> str:
        return "action_forget_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if tracker.get_slot("forget_confirm") is not True:
            dispatcher.utter_message(response="utter_forget_cancelled")
            return [SlotSet("forget_confirm", None)]
        # In a thread: the database must not hold up the action server's other conversations.
        erased = await asyncio.to_thread(_forget, tracker.sender_id)
        dispatcher.utter_message(
            response="utter_forgotten",
            requests=erased.requests,
            handoffs=erased.handoffs,
            questions=erased.questions,
        )
        return [SlotSet("forget_confirm", None)]
