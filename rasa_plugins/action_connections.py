"""Rasa's calls to the action server over kept-alive connections instead of a new one for each call.

Rasa 3.6 opens an aiohttp session for every call to an endpoint and closes it after the answer: a TCP
connection set up and torn down twice a message (the slot-mapping validation and the answer's action).
py-spy on Rasa's server at 30 messages a second (bench/telegram_load): 9 % of its main thread went to
entering and closing those sessions. Here each endpoint keeps one session per event loop, whose
connections are reused.

An idle connection is dropped after ``IDLE_SECONDS``, before the action server's Sanic closes it at 5 s:
a call sent on a connection the server is closing at that moment would fail although nothing was wrong.
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Any

IDLE_SECONDS = 2.0
_INSTALLED = "_hirfa_keeps_connections"


class _Kept:
    """What ``async with endpoint.session()`` gets: the kept session, not closed on exit."""

    def __init__(self, session: Any) -> None:
        self._session = session

    async def __aenter__(self) -> Any:
        return self._session

    async def __aexit__(self, *_: Any) -> None:
        return None


def keep_action_connections(idle_seconds: float = IDLE_SECONDS) -> None:
    """Make Rasa's endpoint calls reuse their connections (idempotent; Rasa's server process only)."""
    import aiohttp
    from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

    if getattr(EndpointConfig.session, _INSTALLED, False):
        return
    # Per event loop: a session belongs to the loop it was made on (tests start several loops). Per headers
    # and credentials: all a session carries (the URL comes with each call).
    kept: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple, Any]] = weakref.WeakKeyDictionary()

    def session(self: EndpointConfig) -> _Kept:
        sessions = kept.setdefault(asyncio.get_running_loop(), {})
        key = (tuple(sorted(self.headers.items())), tuple(sorted(self.basic_auth.items())))
        found = sessions.get(key)
        if found is None or found.closed:
            auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) if self.basic_auth else None
            found = aiohttp.ClientSession(
                headers=self.headers,
                auth=auth,
                timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(keepalive_timeout=idle_seconds),
            )
            sessions[key] = found
        return _Kept(found)

    setattr(session, _INSTALLED, True)
    EndpointConfig.session = session  # type: ignore[method-assign]
