"""Rasa's REST channel behind a shared token: only Hirfa's own clients may talk as a user.

The REST channel trusts the ``sender`` it is given, and the bot uses the Telegram chat id as the
sender: without a check, whoever reaches the port could talk as any user. Configured in
credentials.yml by this module's path; it keeps the name ``rest`` and so the path
/webhooks/rest/webhook. With HIRFA_CHANNEL_TOKEN empty it checks nothing (a newcomer's machine).

A message that carries a Telegram update's id is handled once, however often it comes
(rasa_plugins/handled_updates.py): a repeat gets the first answer, and the conversation runs once.

A turn that failed (its conversation could not be loaded or saved: rasa_plugins/tracker_outage.py; the action
server could not run one of its actions: rasa_plugins/action_failures.py; or any other error) is answered 503, not 200 with whatever was collected: Rasa's RestInput swallows the error, and
the bot would take an empty or partial answer for the whole one. On a 503 the bot tells the user that no
answer came and never sends the message again (bot/rasa_client.py: outcome unknown).

A client that leaves before its answer (a bot killed mid-turn) cancels the turn, as Sanic does; RestInput would
then log the message's text at ERROR, past every masking of the logs. Here only the sender is logged.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from sanic import Blueprint, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from hirfa.settings import Settings
from hirfa.startup_heap import freeze_startup_heap
from hirfa.tokens import same_secret
from rasa_plugins.action_failures import ActionServerFailed
from rasa_plugins.handled_updates import (
    HandledUpdates,
    StoreUnavailable,
    delivery_key,
    handle_once,
    handled_updates,
)
from rasa_plugins.tracker_outage import TrackerStoreUnavailable

logger = logging.getLogger(__name__)
BEARER = "Bearer "
# Rasa's own intents that act on the conversation and answer nothing. No button of the assistant carries
# them, so typed by a user they are commands it does not know, and are answered as such.
INTERNAL_INTENTS = frozenset({"restart", "back", "session_start"})


class _Turn:
    """What became of the request's turn: set by the message's handler, read by the response middleware."""

    failure: Exception | None = None


# The request's _Turn: Sanic runs a request's middleware and handler in one task, so they share it.
_turn: ContextVar[_Turn | None] = ContextVar("rest_turn", default=None)


class TokenRestInput(RestInput):
    """RestInput that refuses a message without ``Authorization: Bearer <token>`` or of the wrong shape."""

    def __init__(self, token: str = "", updates: Callable[[], HandledUpdates] | None = None) -> None:
        self._token = token
        self._make_updates = updates or (lambda: handled_updates(Settings.from_env()))
        self._updates: HandledUpdates | None = None  # built at the first message: nothing at start-up

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> TokenRestInput:
        """The token comes from the settings, never from credentials.yml (no secret in the repository)."""
        return cls(Settings.from_env().channel_token)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """RestInput's routes, with every message checked before Rasa sees it, and handled once."""
        blueprint = super().blueprint(_left_quietly(self._failing_visibly(self._once(on_new_message))))
        # After Rasa's own start listeners, which load the model (hirfa/startup_heap.py says why).
        blueprint.listener("after_server_start")(freeze_startup_heap)

        @blueprint.middleware("request")
        async def check(request: Request) -> HTTPResponse | None:
            if request.method != "POST":
                return None  # the channel's health check
            if self._token and not self._authorized(request.headers.get("Authorization", "")):
                logger.warning("Refused a message without the channel token from %s", request.ip)
                return response.json({"error": "a valid channel token is required"}, status=401)
            problem = _shape_problem(request)
            if problem:
                return response.json({"error": problem}, status=400)
            _turn.set(_Turn())
            return None

        @blueprint.middleware("response")
        async def failed(request: Request, reply: HTTPResponse) -> HTTPResponse | None:
            turn = _turn.get()
            if request.method != "POST" or turn is None or turn.failure is None:
                return None
            return response.json({"error": "the message could not be handled, it may or may not have been"}, status=503)

        return blueprint

    def _failing_visibly(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Callable[[UserMessage], Awaitable[Any]]:
        """``on_new_message``, whose failure is kept for the response (503) instead of being swallowed."""

        async def handle(message: UserMessage) -> None:
            try:
                await on_new_message(message)
            except Exception as error:
                turn = _turn.get()
                if turn is None:
                    raise
                turn.failure = error
                if isinstance(error, (TrackerStoreUnavailable, ActionServerFailed)):
                    logger.warning("Message of %s not handled: %s", message.sender_id, error)
                else:
                    logger.exception("Message of %s not handled", message.sender_id)

        return handle

    def _once(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
        """``on_new_message``, run once per update id; a repeat is answered with the first answer."""

        async def handle(message: UserMessage) -> None:
            key = delivery_key(message.sender_id, message.metadata)
            collector = message.output_channel
            # Only a collected answer can be stored (not a streamed one): without an id, as before.
            if key is None or not isinstance(collector, CollectingOutputChannel) or not isinstance(collector.messages, list):
                await on_new_message(message)
                return

            async def run() -> list[dict[str, Any]]:
                await on_new_message(message)
                return list(collector.messages)

            if self._updates is None:
                self._updates = self._make_updates()
            try:
                replies, repeated = await handle_once(self._updates, key, run)
            except StoreUnavailable as error:
                # Answered all the same: a message lost is worse than the rare repeat run twice meanwhile.
                logger.warning("Handling a message without checking for a repeat: %s", error)
                await on_new_message(message)
                return
            if repeated:
                logger.info(
                    "Update %s of sender %s came again: answered from the first delivery (%d messages), not run twice",
                    message.metadata.get("telegram_update_id"),
                    message.sender_id,
                    len(replies),
                )
                collector.messages[:] = replies

        return handle

    def _extract_message(self, req: Request) -> str | None:
        return disarmed(super()._extract_message(req))

    def _authorized(self, header: str) -> bool:
        given = header[len(BEARER) :] if header.startswith(BEARER) else ""
        return same_secret(given, self._token)


def _left_quietly(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    """``on_new_message``, whose cancellation (the client left) is logged without the message's text."""

    async def handle(message: UserMessage) -> None:
        try:
            await on_new_message(message)
        except asyncio.CancelledError:
            # What RestInput itself does next, minus the text: the turn stops, the gone client gets nothing.
            logger.warning("The client of %s left before its answer: the turn was stopped", message.sender_id)

    return handle


def _shape_problem(request: Request) -> str | None:
    """What is wrong with the body, if anything: RestInput reads it as an object without checking."""
    try:
        body = request.json
    except SanicException:
        return "the body is not JSON"
    if not isinstance(body, dict):
        return "the body is not a JSON object"
    if not isinstance(body.get("sender"), str) or not body["sender"]:
        return "sender must be a non-empty string"
    if not isinstance(body.get("message"), str):
        return "message must be a string"
    if not isinstance(body.get("metadata") or {}, dict):
        return "metadata must be an object"
    return None


def disarmed(text: str | None) -> str | None:
    """``text``, unless it names one of Rasa's internal intents: then a command Rasa does not resolve."""
    command = (text or "").lstrip()
    if not command.startswith(INTENT_MESSAGE_PREFIX):
        return text
    name = re.split(r"[{@\s]", command[len(INTENT_MESSAGE_PREFIX) :], maxsplit=1)[0]
    if name.lower() in INTERNAL_INTENTS:
        # Still a slash-command for nlu.input_guard (answered as unknown), no longer an intent name.
        return f"{INTENT_MESSAGE_PREFIX}?{command[len(INTENT_MESSAGE_PREFIX) :]}"
    return text
