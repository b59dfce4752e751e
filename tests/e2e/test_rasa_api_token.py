"""Rasa's HTTP API (the help desk's take-over reads and writes conversations through it) answers only callers
that carry its token (--auth-token), and every way of running Rasa the README gives listens on loopback with it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from tests.e2e.conftest import ROOT, Assistant, running_assistant

REFUSED = 401


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    # Its own servers: Rasa logs each refused call at ERROR, which the shared assistant's final check counts.
    with running_assistant(tmp_path_factory.mktemp("api-token"), forget_worker=False) as assistant:
        yield assistant


def tracker(assistant: Assistant, sender: str, params: dict[str, str]) -> httpx.Response:
    return httpx.get(f"{assistant.rasa_url}/conversations/{sender}/tracker", params=params, timeout=60)


@pytest.mark.parametrize("params", [{}, {"token": "wrong"}, {"token": ""}], ids=["none", "wrong", "empty"])
def test_a_call_to_rasas_api_without_its_token_is_refused(assistant: Assistant, params: dict[str, str]) -> None:
    sender = "api-token-user"
    assistant.send(sender, "Bonjour")
    response = tracker(assistant, sender, params)
    assert response.status_code == REFUSED
    assert "Bonjour" not in response.text
    put = httpx.put(
        f"{assistant.rasa_url}/conversations/{sender}/tracker/events", params=params, json=[], timeout=60
    )
    assert put.status_code == REFUSED


def test_the_token_opens_rasas_api(assistant: Assistant) -> None:
    sender = "api-token-staff"
    assistant.send(sender, "Bonjour")
    response = tracker(assistant, sender, {"token": assistant.token})
    assert response.status_code == 200
    assert any(event.get("text") == "Bonjour" for event in response.json()["events"])


@pytest.mark.parametrize(
    ("path", "line"),
    [("Procfile", "rasa:"), ("scripts/scaled/serve", 'exec "$bin/rasa" run')],
)
def test_every_way_to_run_rasa_listens_on_loopback_and_needs_the_token(path: str, line: str) -> None:
    text = (ROOT / path).read_text()
    command = text[text.index(line) :].split("\n        ;;")[0].split("\nactions:")[0]
    assert "--enable-api" in command
    assert re.search(r'"?--auth-token=\$\{?HIRFA_RASA_TOKEN', command), command
    interface = re.search(r'--interface "?(\S+?)"?\s', command).group(1)
    assert interface == "127.0.0.1" or (interface == "$listen" and "listen=${HIRFA_LISTEN:-127.0.0.1}" in text)
