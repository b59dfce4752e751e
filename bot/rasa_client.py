"""Talking to the Rasa server through its REST channel, as every channel of Hirfa does.

A failed send says by its type whether sending again is safe::

    RasaError                    no answer to give the user
    ├── RasaNotSent              the request never left whole: Rasa cannot have handled it; safe to send again
    │   │                        (refused connection, DNS, connect or pool timeout, a write cut short)
    │   └── RasaUnavailable      nothing answers at the address, or it is not a Rasa server (404)
    ├── RasaOutcomeUnknown       the whole request was written: Rasa may have handled it (and stored the
    │                            turn); never send it again (read timeout, connection closed before the
    │                            answer, 5xx, a 200 whose body is not a list of messages)
    └── RasaRefused              Rasa read it and refused it without handling it (401, other 4xx);
                                 sending it again would be refused again

Whether the request left whole is read from httpcore's trace of the exchange (the request body
written), not guessed from the exception's type: a connection closed by the server is the same
``RemoteProtocolError`` whether it happened before our request was written or after.
"""

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
# Connecting is quick or it fails: waiting long for it only delays the retry of a message never sent.
CONNECT_SECONDS = 5.0
# An idle connection is let go before the server may close it (Sanic closes after 5 s): a request
# written into a connection the server is closing would fail as "outcome unknown" for nothing.
KEEPALIVE_SECONDS = 2.0
# The trace event that says the whole request was written (httpcore's HTTP/1.1 connection).
BODY_WRITTEN = "http11.send_request_body.complete"
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class RasaError(Exception):
    """The Rasa server could not give an answer."""


class RasaNotSent(RasaError):
    """The message did not reach Rasa: sending it again cannot make Rasa handle it twice."""


class RasaUnavailable(RasaNotSent):
    """Nothing answers at the Rasa server's address (not started, or still loading)."""


class RasaOutcomeUnknown(RasaError):
    """The message was sent and Rasa may have handled it: it must not be sent again."""


class RasaRefused(RasaError):
    """Rasa refused the message without handling it (a wrong channel token, a malformed message)."""


class RasaClient:
    """Sends one user message and returns the assistant's replies (text, buttons, custom).

    ``timeout`` bounds the wait for Rasa's answer (the bot waits long: a slow answer is still delivered);
    connecting is bounded by ``CONNECT_SECONDS`` at most.
    """

    def __init__(
        self,
        base_url: str,
        timeout: float,
        transport: httpx.AsyncBaseTransport | None = None,
        channel_token: str = "",
    ) -> None:
        # The REST channel refuses a message without the shared token when one is set (rasa_plugins/token_channel.py).
        headers = {"Authorization": f"Bearer {channel_token}"} if channel_token else {}
        self._client = httpx.AsyncClient(
            base_url=base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_SECONDS)),
            transport=transport,
            headers=headers,
            limits=httpx.Limits(
                max_connections=MAX_IN_FLIGHT,
                max_keepalive_connections=MAX_IN_FLIGHT,
                keepalive_expiry=KEEPALIVE_SECONDS,
            ),
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
            raise RasaNotSent("the Rasa server did not answer in time: too many messages waiting") from error
        trace = _Trace()
        try:
            # json.dumps escapes non-ASCII (httpx would not): a lone surrogate a client sent, which UTF-8
            # cannot carry, then travels as JSON allows ("\\ud800") instead of failing here.
            response = await self._client.post(
                REST_WEBHOOK,
                content=json.dumps(payload),
                headers={"Content-Type": "application/json"},
                extensions={"trace": trace},
            )
        except httpx.TransportError as error:
            raise _failure(error, trace, str(self._client.base_url)) from error
        finally:
            self._in_flight.release()
        return _replies(response, str(self._client.base_url))


class _Trace:
    """httpcore's trace callback: remembers whether any event came, and whether the body was written."""

    def __init__(self) -> None:
        self.traced = False
        self.written = False

    async def __call__(self, event: str, info: dict[str, Any]) -> None:
        self.traced = True
        self.written = self.written or event == BODY_WRITTEN


def _failure(error: httpx.TransportError, trace: _Trace, base_url: str) -> RasaError:
    """The client's own error for a transport failure, by whether the request left whole."""
    if isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout)):
        return RasaUnavailable(f"no Rasa server answers at {base_url}: {error!r}")
    # A transport that does not trace (a test's MockTransport) tells nothing: only its type can say.
    if isinstance(error, _NEVER_SENT) or (trace.traced and not trace.written):
        return RasaNotSent(f"the message did not reach the Rasa server at {base_url}: {error!r}")
    return RasaOutcomeUnknown(f"sent to {base_url}, but no answer came: {error!r}")


def _replies(response: httpx.Response, base_url: str) -> list[dict[str, Any]]:
    if response.status_code == 401:
        raise RasaRefused("the REST channel refused the channel token (HIRFA_CHANNEL_TOKEN)")
    if response.status_code == 404:
        raise RasaUnavailable(f"{base_url} has no REST channel (is it the Rasa server?)")
    if response.status_code >= 500:
        raise RasaOutcomeUnknown(f"the Rasa server answered {response.status_code}")
    if response.status_code >= 400:
        raise RasaRefused(f"the Rasa server answered {response.status_code}")
    try:
        replies = response.json()
    except ValueError:
        replies = None
    if not isinstance(replies, list):
        raise RasaOutcomeUnknown("the Rasa server's answer is not a list of messages")
    return replies
