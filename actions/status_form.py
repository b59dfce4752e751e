"""Where a request stands: its reference and the CIN it was made with, nothing less."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.field_formats import find_cin
from actions.form_support import QuestionAwareFormValidation, checked, cleared
from actions.registry_access import registry, settings
from registry import lookup_guard, queries
from registry.identifiers import normalise_reference

# One answer per step of queries.STATUSES; the help desk's status messages on Telegram are the same.
STATUS_RESPONSES = {status: f"utter_status_{status}" for status in queries.STATUSES}


class ValidateRnaStatusForm(QuestionAwareFormValidation):
    """Checks the reference and the CIN."""

    def name(self) -> str:
        return "validate_rna_status_form"

    async def validate_status_reference(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        # The registry's own reader: no spelling normalisation ("H-KKK234"), the dash optional.
        reference = normalise_reference(str(value or ""))
        return checked(tracker, dispatcher, "status_reference", reference, "utter_invalid_reference")

    async def validate_status_cin(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return checked(tracker, dispatcher, "status_cin", find_cin(str(value or "")), "utter_invalid_cin")


class ActionSubmitStatus(Action):
    """Give the status of a matching request; a wrong pair reveals nothing and counts as a miss."""

    def name(self) -> str:
        return "action_submit_status"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        now = dt.datetime.now(dt.timezone.utc)
        reference, cin = tracker.get_slot("status_reference"), tracker.get_slot("status_cin")
        with registry().session() as session:
            # Guessing pairs must be slow: misses counted per sender, reference and CIN (registry/lookup_guard.py).
            found = lookup_guard.look_up(
                session, settings().hash_key, tracker.sender_id, reference or "", cin or "", now
            )
            if found.paused:
                dispatcher.utter_message(response="utter_status_slow_down")
                return cleared()
            request = found.request
            if request is None:
                dispatcher.utter_message(response="utter_status_not_found")
                return cleared()
            since = request.updated_at.date().isoformat()
            response = STATUS_RESPONSES[request.status]
            if request.helper_relationship is not None:
                # Made for someone else: say whose request it is.
                dispatcher.utter_message(response="utter_status_for_person", name=request.full_name)
            dispatcher.utter_message(response=response, reference=request.reference, since_date=since)
        return cleared()
