"""The action server answers only Rasa: a call without Rasa's token (or with another) is refused with 403."""

from __future__ import annotations

import subprocess
import uuid

import httpx
import pytest

from tests.e2e.conftest import BIN, ROOT, Assistant

REFUSED = 403


def said(replies: list[dict]) -> list[str]:
    return [r["custom"]["response"] for r in replies if "custom" in r]


def action_call(sender: str) -> dict:
    """What Rasa posts to /webhook (rasa.core.actions.action.RemoteAction), trimmed to what the SDK reads."""
    return {
        "next_action": "action_session_start",
        "sender_id": sender,
        "tracker": {"sender_id": sender, "slots": {}, "latest_message": {}, "events": [], "paused": False},
        "domain": {},
        "version": "3.6.2",
    }


@pytest.mark.parametrize(
    "params",
    [{}, {"token": "wrong"}, {"token": ""}, {"token": "é-😀-\u202e"}],
    ids=["no token", "a wrong token", "an empty token", "a non-ASCII token"],
)
def test_an_action_call_without_rasas_token_is_refused(assistant: Assistant, params: dict) -> None:
    response = httpx.post(f"{assistant.actions_url}/webhook", params=params, json=action_call("intruder"), timeout=10)
    assert response.status_code == REFUSED
    assert "action_session_start" not in response.text  # nothing ran, nothing is echoed back
    listing = httpx.get(f"{assistant.actions_url}/actions", params=params, timeout=10)
    assert listing.status_code == REFUSED


def test_a_bearer_header_with_a_wrong_token_is_refused_too(assistant: Assistant) -> None:
    response = httpx.get(
        f"{assistant.actions_url}/actions", headers={"Authorization": "Bearer not-the-token"}, timeout=10
    )
    assert response.status_code == REFUSED


def test_the_right_token_opens_the_server_and_the_health_probe_needs_none(assistant: Assistant) -> None:
    assert httpx.get(f"{assistant.actions_url}/health", timeout=10).status_code == 200
    listing = httpx.get(
        f"{assistant.actions_url}/actions", params={"token": assistant.env["HIRFA_ACTIONS_TOKEN"]}, timeout=10
    )
    assert listing.status_code == 200
    assert {"name": "validate_rna_request_form"} in listing.json()


def test_the_assistant_answers_through_rasa_which_sends_the_token(assistant: Assistant) -> None:
    sender = f"token-{uuid.uuid4().hex[:8]}"
    # The session start and the form's validation are custom actions: both go through the action server.
    assert said(assistant.send(sender, "je veux m'inscrire maintenant"))[-1] == "utter_ask_request_full_name"
    assert said(assistant.send(sender, "Fatima Zahra Alaoui")) == ["utter_ask_request_cin"]


def test_the_action_server_will_not_listen_beyond_loopback_without_a_token() -> None:
    result = subprocess.run(
        [str(BIN / "hirfa"), "actions", "--interface", "0.0.0.0", "--port", "1"],
        cwd=ROOT,
        env={"PATH": str(BIN), "HIRFA_ACTIONS_TOKEN": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "HIRFA_ACTIONS_TOKEN" in result.stderr and "Traceback" not in result.stderr
