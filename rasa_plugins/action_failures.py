"""A custom action the action server could not run fails the turn, instead of Rasa going on without its events.

Rasa 3.6's ``MessageProcessor._run_action`` catches every error of an action, logs "Bot will continue, but
the actions events are lost", and goes on: a form whose validation was lost then asks the wrong question or
nothing (bench/faults.py --scaled, a PostgreSQL restart: the action server's registry call failed, it answered
500, and the user got silence, then a wrong answer). Here, when the action server could not be reached or
answered 5xx (after rasa_plugins/action_retry.py's tries), the turn fails: nothing of it is stored, Rasa's REST
channel answers 503 (rasa_plugins/token_channel.py) and the bot tells the user to write again. An action the
server refused on purpose (4xx: rejected, unknown) keeps Rasa's own handling.
"""

from __future__ import annotations

import asyncio
import logging
from contextvars import ContextVar
from typing import Any

logger = logging.getLogger(__name__)

_INSTALLED = "_hirfa_fails_turns_on_action_server_errors"
# The action server failure seen while the current action ran (set by the action's call, read after it).
_failure: ContextVar[BaseException | None] = ContextVar("action_server_failure", default=None)


class ActionServerFailed(Exception):
    """The action server could not run a custom action of this turn."""


def server_failed(error: BaseException) -> bool:
    """True when ``error`` (Rasa's, or what caused it) says the action server was unreachable or failed (5xx)."""
    import aiohttp
    from rasa.utils.endpoints import ClientResponseError

    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, ClientResponseError):
            return error.status >= 500
        if isinstance(error, (aiohttp.ClientConnectionError, asyncio.TimeoutError)):
            return True
        error = error.__cause__
    return False


def fail_turns_on_action_server_errors() -> None:
    """Install the behaviour above in Rasa's server process (idempotent)."""
    from rasa.core.actions.action import RemoteAction
    from rasa.core.processor import MessageProcessor

    if getattr(MessageProcessor._run_action, _INSTALLED, False):
        return
    original_run = RemoteAction.run
    original_run_action = MessageProcessor._run_action

    async def run(self: RemoteAction, *args: Any, **kwargs: Any) -> Any:
        try:
            return await original_run(self, *args, **kwargs)
        except Exception as error:
            if server_failed(error):
                _failure.set(error)
            raise

    async def _run_action(self: MessageProcessor, action: Any, *args: Any, **kwargs: Any) -> Any:
        token = _failure.set(None)
        try:
            result = await original_run_action(self, action, *args, **kwargs)
            failure = _failure.get()
        finally:
            _failure.reset(token)
        if failure is not None:
            raise ActionServerFailed(f"the action server could not run {action.name()}: {failure}") from failure
        return result

    setattr(_run_action, _INSTALLED, True)
    RemoteAction.run = run  # type: ignore[method-assign]
    MessageProcessor._run_action = _run_action  # type: ignore[method-assign]
