"""Rasa's check of the action server's answers, with the schema compiled once: same verdicts, same errors."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from rasa_plugins.action_response_check import check_action_responses_with_compiled_schema

GOOD: dict[str, Any] = {
    "events": [{"event": "slot", "name": "language", "value": "fr", "timestamp": None}],
    "responses": [{"response": "utter_greet"}],
}
BAD: list[dict[str, Any]] = [
    {"events": [{"event": "no_such_event"}], "responses": []},
    {"events": [], "responses": ["not an object"]},
    {"events": "not a list"},
]


def verdicts(action: RemoteAction) -> list[str]:
    found = []
    for answer in [GOOD, *BAD]:
        try:
            action._validate_action_result(answer)
            found.append("valid")
        except jsonschema.ValidationError as error:
            found.append(error.message)
    return found


def test_the_compiled_check_gives_rasas_verdicts_and_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    # Rasa's own check, even if a tracker store built earlier in this process installed the compiled one.
    current = RemoteAction._validate_action_result
    monkeypatch.setattr(RemoteAction, "_validate_action_result", getattr(current, "__wrapped__", current))
    action = RemoteAction("action_anything", EndpointConfig("http://127.0.0.1:1/webhook"))
    rasas = verdicts(action)

    check_action_responses_with_compiled_schema()
    check_action_responses_with_compiled_schema()  # a second store in the same process changes nothing

    assert rasas[0] == "valid" and all("Failed to validate Action server response" in m for m in rasas[1:])
    assert verdicts(action) == rasas
