"""Rasa's HTTP API as the help desk uses it: pause and resume the assistant, add a person's message."""

from __future__ import annotations

import time
from typing import Any

import httpx


class RasaAdminError(RuntimeError):
    """Rasa refused or could not be reached; the message says which."""


class RasaAdmin:
    """Calls to ``rasa run --enable-api --auth-token T`` on loopback."""

    def __init__(self, url: str, token: str, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def _append(self, sender_id: str, event: dict[str, Any]) -> None:
        try:
            response = httpx.post(
                f"{self.url}/conversations/{sender_id}/tracker/events",
                params={"token": self.token, "include_events": "NONE"},
                json=event,
                timeout=self.timeout,
            )
        except httpx.HTTPError as error:
            raise RasaAdminError(f"Rasa at {self.url} could not be reached: {error}") from error
        if response.status_code != 200:
            raise RasaAdminError(f"Rasa refused {event['event']} ({response.status_code}): {response.text[:200]}")

    def pause(self, sender_id: str) -> None:
        """The assistant stops answering ``sender_id`` (Rasa keeps storing their messages)."""
        self._append(sender_id, {"event": "pause", "timestamp": time.time()})

    def resume(self, sender_id: str) -> None:
        """The assistant answers ``sender_id`` again."""
        self._append(sender_id, {"event": "resume", "timestamp": time.time()})

    def add_staff_message(self, sender_id: str, text: str, staff_email: str) -> None:
        """Keep a person's message in the conversation as a bot event, for the transcript."""
        self._append(
            sender_id,
            {"event": "bot", "text": text, "timestamp": time.time(), "metadata": {"staff": staff_email}},
        )
