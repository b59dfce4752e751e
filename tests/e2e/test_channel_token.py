"""The REST channel answers only Hirfa's own clients: those that send the shared token (HIRFA_CHANNEL_TOKEN)."""

from __future__ import annotations

import subprocess

import httpx
import pytest

from tests.e2e.conftest import BIN, ROOT, Assistant
from tests.e2e.test_telegram import language_of, new_chat


def post(assistant: Assistant, headers: dict[str, str], body: object = None) -> httpx.Response:
    body = {"sender": f"token-{new_chat()}", "message": "Bonjour"} if body is None else body
    return httpx.post(f"{assistant.rasa_url}/webhooks/rest/webhook", json=body, headers=headers, timeout=60)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic x"}, {"Authorization": "Bearer"}],
    ids=["none", "wrong", "not-bearer", "empty"],
)
def test_a_message_without_the_channel_token_is_refused(
    assistant: Assistant, headers: dict[str, str]
) -> None:
    response = post(assistant, headers)
    assert response.status_code == 401
    assert "Bonjour" not in response.text


def test_a_token_with_non_ascii_characters_is_refused_not_a_server_error(assistant: Assistant) -> None:
    response = httpx.post(
        f"{assistant.rasa_url}/webhooks/rest/webhook",
        json={"sender": "x", "message": "Bonjour"},
        headers={"Authorization": "Bearer sécret".encode()},
        timeout=60,
    )
    assert response.status_code == 401


def test_a_message_with_the_channel_token_is_answered(assistant: Assistant) -> None:
    response = post(assistant, assistant.channel_headers)
    assert response.status_code == 200
    assert language_of(" ".join(r.get("text") or "" for r in response.json())) == "fr"


@pytest.mark.parametrize(
    "body",
    [
        [1, 2],
        "text",
        {"message": "Bonjour"},
        {"sender": 5, "message": "x"},
        {"sender": "s", "message": None},
        {"sender": "s", "message": "x", "metadata": [1]},
    ],
    ids=["list", "string", "no-sender", "number-sender", "no-message", "list-metadata"],
)
def test_a_body_of_the_wrong_shape_is_refused_with_400(assistant: Assistant, body: object) -> None:
    assert post(assistant, assistant.channel_headers, body).status_code == 400


def test_hirfa_ask_sends_the_token(assistant: Assistant) -> None:
    env = {**assistant.env, "HIRFA_RASA_URL": assistant.rasa_url}
    done = subprocess.run(
        [str(BIN / "hirfa"), "ask", "Bonjour"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert language_of(done.stdout) == "fr"
    without = subprocess.run(
        [str(BIN / "hirfa"), "ask", "Bonjour"],
        cwd=ROOT,
        env={**env, "HIRFA_CHANNEL_TOKEN": ""},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert without.returncode != 0 and "HIRFA_CHANNEL_TOKEN" in without.stderr
