"""Which failures may be sent again: the Rasa client against a real local HTTP server that misbehaves.

A message that never left is sent again; one that was written whole may have been handled by Rasa
(the turn stored, a request created), so it is never sent again and the user is told plainly.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from telegram import Update

from bot.rasa_client import (
    RasaClient,
    RasaError,
    RasaNotSent,
    RasaOutcomeUnknown,
    RasaRefused,
    RasaUnavailable,
)
from bot.telegram_app import TelegramChannel, build_application
from hirfa.settings import Settings
from tests.bot.fake_bot_api import FakeBotAPI, private_text

SETTINGS = Settings(telegram_bot_token="123:abc")
ON_ITS_WAY = "Votre réponse arrive"
ANSWER_LOST = "Désolé, je n'ai pas pu obtenir la réponse"


@dataclass
class Misbehaving:
    """An HTTP/1.1 server on 127.0.0.1 that reads each request whole, then does what ``mode`` says."""

    mode: str
    url: str = ""
    requests: list[dict] = field(default_factory=list)

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
            self.requests.append(json.loads(await reader.readexactly(length)))
            if self.mode == "sleep":
                await asyncio.sleep(30)  # longer than any client here waits
            elif self.mode.isdigit():
                body = b'{"error": "no"}'
                writer.write(
                    f"HTTP/1.1 {self.mode} X\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
                )
                await writer.drain()
            # "close": the request was read whole, and the connection is closed without an answer.
        finally:
            writer.close()


@pytest.fixture
async def server(request: pytest.FixtureRequest) -> AsyncIterator[Misbehaving]:
    misbehaving = Misbehaving(request.param)
    listening = await asyncio.start_server(misbehaving.handle, "127.0.0.1", 0)
    misbehaving.url = f"http://127.0.0.1:{listening.sockets[0].getsockname()[1]}"
    yield misbehaving
    listening.close()
    await listening.wait_closed()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the probe is closed


async def test_a_refused_connection_was_never_sent() -> None:
    async with RasaClient(f"http://127.0.0.1:{closed_port()}", timeout=2) as rasa:
        with pytest.raises(RasaUnavailable) as caught:
            await rasa.send("u1", "salam")
    assert isinstance(caught.value, RasaNotSent)


async def test_an_unknown_host_was_never_sent() -> None:
    async with RasaClient("http://rasa.invalid", timeout=2) as rasa:  # .invalid never resolves (RFC 2606)
        with pytest.raises(RasaNotSent):
            await rasa.send("u1", "salam")


async def test_a_connect_timeout_was_never_sent() -> None:
    # A listening socket that never accepts, its one-place queue taken: the next SYN goes unanswered.
    with socket.socket() as full:
        full.bind(("127.0.0.1", 0))
        full.listen(0)
        address = full.getsockname()
        queued = []
        try:
            while len(queued) < 8:  # until the queue is full (one place on Linux)
                queued.append(socket.create_connection(address, timeout=0.2))
        except OSError:
            pass
        try:
            async with RasaClient(f"http://127.0.0.1:{address[1]}", timeout=0.5) as rasa:
                with pytest.raises(RasaNotSent) as caught:
                    await rasa.send("u1", "salam")
        finally:
            for connection in queued:
                connection.close()
    assert not isinstance(caught.value, RasaOutcomeUnknown)


@pytest.mark.parametrize(
    ("server", "error"),
    [
        ("close", RasaOutcomeUnknown),  # closed after reading the request: RemoteProtocolError
        ("sleep", RasaOutcomeUnknown),  # no answer in time: ReadTimeout
        ("500", RasaOutcomeUnknown),  # Rasa failed somewhere, perhaps after storing the turn
        ("502", RasaOutcomeUnknown),
        ("401", RasaRefused),  # the channel token refused: nothing was handled
        ("400", RasaRefused),
    ],
    indirect=["server"],
)
async def test_a_request_read_whole_has_an_outcome_by_what_came_back(server: Misbehaving, error: type) -> None:
    async with RasaClient(server.url, timeout=0.5) as rasa:
        with pytest.raises(error) as caught:
            await rasa.send("u1", "salam", {"telegram_update_id": 7})
    assert not isinstance(caught.value, RasaNotSent)
    assert [r["metadata"] for r in server.requests] == [{"telegram_update_id": 7}], "it did arrive, once"


async def channel_against(server: Misbehaving, retry_delays=(0.01, 0.01, 0.01)) -> tuple[FakeBotAPI, list[str]]:
    """One message through the real dispatcher to ``server``; what the user was sent."""
    api = FakeBotAPI()
    rasa = RasaClient(server.url, timeout=0.5)
    channel = TelegramChannel(rasa, "ary", retry_delays=retry_delays, slow_notice=0.1)
    app = build_application(SETTINGS, rasa, channel, request=api, get_updates_request=api)
    async with app:
        await app.process_update(Update.de_json(private_text("Bonjour", language_code="fr"), app.bot))
    await rasa.aclose()
    return api, [m["text"] for m in api.sent("sendMessage")]


@pytest.mark.parametrize("server", ["close", "sleep", "500"], indirect=True)
async def test_the_bot_never_sends_again_a_message_rasa_may_have_handled(server: Misbehaving) -> None:
    _, said = await channel_against(server)
    assert len(server.requests) == 1, "sent once: Rasa may have handled it"
    assert said[-1].startswith(ANSWER_LOST), "told plainly that no answer came, not that the assistant is down"
    if server.mode == "sleep":
        assert said == [said[0], said[-1]] and said[0].startswith(ON_ITS_WAY)


async def test_the_bot_sends_again_a_message_that_never_left() -> None:
    port = closed_port()
    api = FakeBotAPI()
    rasa = RasaClient(f"http://127.0.0.1:{port}", timeout=2)
    attempts: list[int] = []

    class Counting(RasaClient):
        async def send(self, *args, **kwargs):
            attempts.append(1)
            return await rasa.send(*args, **kwargs)

    counting = Counting("http://unused", 1)
    channel = TelegramChannel(counting, "ary", retry_delays=(0.01, 0.01, 0.01))
    app = build_application(SETTINGS, counting, channel, request=api, get_updates_request=api)
    async with app:
        await app.process_update(Update.de_json(private_text("Bonjour", language_code="fr"), app.bot))
    await rasa.aclose()
    await counting.aclose()
    assert len(attempts) == 4, "tried again after each refusal: nothing reached Rasa"
    (message,) = api.sent("sendMessage")
    assert message["text"].startswith("Désolé, je ne peux pas répondre")


def test_every_error_says_whether_to_send_again() -> None:
    for error in (RasaNotSent, RasaUnavailable, RasaOutcomeUnknown, RasaRefused):
        assert issubclass(error, RasaError)
    assert not issubclass(RasaOutcomeUnknown, RasaNotSent) and not issubclass(RasaRefused, RasaNotSent)
