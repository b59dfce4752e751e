"""Talking to the Rasa server through its REST channel, as every channel of Hirfa does."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx

REST_WEBHOOK = "/webhooks/rest/webhook"
# Messages on their way to Rasa at once. More wait here, not in httpx's pool: httpcore 1.0 rescans its
# whole queue of waiting requests for every request and response, and with a backlog of hundreds that
# was over a third of the bot's CPU (py-spy under bench.telegram_load). Rasa's CPU is the limit anyway.
MAX_IN_FLIGHT = 32


class RasaError(Exception):
    """The Rasa server could not give an answer."""


class RasaUnavailable(RasaError):
    """Nothing answers at the Rasa server's address (not started, or still loading)."""


class RasaClient:
    """Sends one user message and returns the assistant's replies (text, buttons, custom)."""

    def __init__(
        self,
        base_url: str,
        timeout: float,
        transport: httpx.AsyncBaseTransport | None = None,
        channel_token: str = "",
    ) -> None:
        # The REST channel refuses a message without the shared token when one is set (hirfa/token_channel.py).
        headers = {"Authorization": f"Bearer {channel_token}"} if channel_token else {}
        self._client = httpx.AsyncClient(
            base_url=base_url,
            timeout=timeout,
            transport=transport,
            headers=headers,
            limits=httpx.Limits(max_connections=MAX_IN_FLIGHT, max_keepalive_connections=MAX_IN_FLIGHT),
        )
        self._in_flight = asyncio.Semaphore(MAX_IN_FLIGHT)
        self._timeout = timeout

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
            # As long as httpx's own pool would have let it wait (its pool timeout is ``timeout`` too).
            await asyncio.wait_for(self._in_flight.acquire(), self._timeout)
        except asyncio.TimeoutError as error:
            raise RasaError("the Rasa server did not answer in time: too many messages waiting") from error
        try:
            # json.dumps escapes non-ASCII (httpx would not): a lone surrogate a client sent, which UTF-8
            # cannot carry, then travels as JSON allows ("\\ud800") instead of failing here.
            response = await self._client.post(
                REST_WEBHOOK, content=json.dumps(payload), headers={"Content-Type": "application/json"}
            )
        except (httpx.ConnectError, httpx.RemoteProtocolError) as error:
            raise RasaUnavailable(f"no Rasa server answers at {self._client.base_url}") from error
        except httpx.TimeoutException as error:
            raise RasaError(f"the Rasa server did not answer in time: {error!r}") from error
        finally:
            self._in_flight.release()
        if response.status_code == 401:
            raise RasaError("the REST channel refused the channel token (HIRFA_CHANNEL_TOKEN)")
        if response.status_code == 404:
            raise RasaUnavailable(f"{self._client.base_url} has no REST channel (is it the Rasa server?)")
        if response.status_code >= 400:
            raise RasaError(f"the Rasa server answered {response.status_code}")
        replies = response.json()
        if not isinstance(replies, list):
            raise RasaError("the Rasa server's answer is not a list of messages")
        return replies
