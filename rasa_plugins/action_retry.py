"""Rasa's calls to the action server, sent again while the server cannot be reached (it is restarting).

Rasa (3.6) gives up on a custom action at the first refused connection and goes on without its events
("Bot will continue, but the actions events are lost"): the user gets no answer or a wrong one, and a form
in progress can break for good (bench/faults.py, kill -9 of the action server). A refused connection means
the call never left, so sending it again is safe; the supervisor brings the action server back in about
2 s. Only that error is retried: a call that reached the server is never repeated.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

logger = logging.getLogger(__name__)

# About 15 s in all: several restarts of the action server.
DELAYS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
_INSTALLED = "_hirfa_retries_refused_connections"


def retry_refused_connections(delays: tuple[float, ...] = DELAYS) -> None:
    """Make Rasa's endpoint calls wait for a restarting server (idempotent; Rasa's server process only)."""
    import aiohttp
    from rasa.utils.endpoints import EndpointConfig

    if getattr(EndpointConfig.request, _INSTALLED, False):
        return
    original = EndpointConfig.request

    async def request(self: EndpointConfig, *args: Any, **kwargs: Any) -> Any:
        for delay in delays:
            try:
                return await original(self, *args, **kwargs)
            except aiohttp.ClientConnectorError as error:
                logger.warning("%s cannot be reached, calling again in %.2f s: %s", self.url, delay, error)
                await asyncio.sleep(delay)
        return await original(self, *args, **kwargs)

    setattr(request, _INSTALLED, True)
    request.__wrapped__ = original  # type: ignore[attr-defined]
    EndpointConfig.request = request  # type: ignore[method-assign]
