"""Talking to the Rasa server through its REST channel, as every channel of Hirfa does."""

from __future__ import annotations

from typing import Any

import httpx

REST_WEBHOOK = "/webhooks/rest/webhook"


class RasaError(Exception):
    """The Rasa server could not give an answer."""


class RasaUnavailable(RasaError):
    """Nothing answers at the Rasa server's address (not started, or still loading)."""


class RasaClient:
    """Sends one user message and returns the assistant's replies (text, buttons, custom)."""

    def __init__(
        self, base_url: str, timeout: float, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._client = httpx.AsyncClient(base_url=base_url, timeout=timeout, transport=transport)

    async def __aenter__(self) -> RasaClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the underlying connections."""
        await self._client.aclose()

    async def send(
        self, sender: str, text: str, metadata: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Deliver ``text`` from ``sender``; the replies in the order the assistant gave them."""
        payload = {"sender": sender, "message": text, "metadata": metadata or {}}
        try:
            response = await self._client.post(REST_WEBHOOK, json=payload)
        except (httpx.ConnectError, httpx.RemoteProtocolError) as error:
            raise RasaUnavailable(f"no Rasa server answers at {self._client.base_url}") from error
        except httpx.TimeoutException as error:
            raise RasaError(f"the Rasa server did not answer in time: {error!r}") from error
        if response.status_code == 404:
            raise RasaUnavailable(f"{self._client.base_url} has no REST channel (is it the Rasa server?)")
        if response.status_code >= 400:
            raise RasaError(f"the Rasa server answered {response.status_code}")
        replies = response.json()
        if not isinstance(replies, list):
            raise RasaError("the Rasa server's answer is not a list of messages")
        return replies
