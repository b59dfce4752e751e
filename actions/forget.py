"""Deleting a user's data on request (law 09-08): registry records now, the conversation right after."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy import create_engine, text

from actions.registry_access import registry, settings
from registry import help_desk, queries

logger = logging.getLogger(__name__)
# Rasa stores this turn's events after the action returns; the history is deleted once that is done.
PURGE_DELAY_SECONDS = 3.0


def purge_conversation(tracker_store_url: str, sender_id: str) -> int:
    """Delete every event (and checkpoint) of ``sender_id`` from Rasa's SQL tracker store; how many events."""
    engine = create_engine(tracker_store_url, future=True)
    try:
        with engine.begin() as connection:
            result = connection.execute(
                text("DELETE FROM events WHERE sender_id = :sender"), {"sender": sender_id}
            )
            # The windowed store's checkpoints hold the slot values: they go too (imported here: Rasa is heavy).
            from hirfa.windowed_tracker_store import forget

            forget(connection, sender_id)
            return result.rowcount
    finally:
        engine.dispose()


def _purge_later(sender_id: str) -> None:
    url = settings().tracker_store_url

    def purge() -> None:
        try:
            deleted = purge_conversation(url, sender_id)
            logger.info("Deleted %d conversation events on the user's request", deleted)
        except Exception:  # the user was told; an operator must see a failure
            logger.exception("Could not delete a conversation's history")

    loop = asyncio.get_running_loop()
    loop.call_later(PURGE_DELAY_SECONDS, lambda: loop.run_in_executor(None, purge))


class ActionForgetMe(Action):
    """After confirmation, delete the user's requests, help-desk requests, noted questions and history."""

    def name(self) -> str:
        return "action_forget_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if tracker.get_slot("forget_confirm") is not True:
            dispatcher.utter_message(response="utter_forget_cancelled")
            return [SlotSet("forget_confirm", None)]
        with registry().session() as session:
            deleted = queries.delete_conversation_data(session, tracker.sender_id)
            help_desk.mark_deleted(session, tracker.sender_id)
        _purge_later(tracker.sender_id)
        dispatcher.utter_message(
            response="utter_forgotten",
            requests=deleted.requests,
            handoffs=deleted.handoffs,
            questions=deleted.questions,
        )
        return [SlotSet("forget_confirm", None)]
