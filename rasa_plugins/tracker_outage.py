"""A turn never runs on a stand-in conversation: the tracker store waits out a short outage, then fails the turn.

Rasa 3.6 wraps every tracker store in ``FailSafeTrackerStore`` (``rasa.core.agent.Agent._create_tracker_store``):
when the store raises, the wrapper's ``retrieve`` answers None — the processor then starts the conversation
afresh, form and slots gone — and its ``save`` writes the turn to an in-memory store nobody reads again. A
PostgreSQL restart (about 3 s) thus gave wrong answers and dropped turns (bench/faults.py --scaled).

Here instead:

- the store's loads and saves are tried again while the database cannot be reached (a refused or broken
  connection, a locked SQLite file), with growing pauses, for up to ``OUTAGE_SECONDS``;
- the wrapper Rasa builds passes every error on (``fail_turns_instead_of_falling_back``), so a turn whose
  conversation cannot be loaded or saved fails: Rasa's REST channel then answers 503
  (rasa_plugins/token_channel.py), which the bot reads as "outcome unknown" and tells the user to write
  again; nothing is answered from an empty conversation and nothing is sent twice.

A commit that failed may still have been applied (the connection broke during it): that save is not tried
again — its events would be stored twice — and the turn fails (the user writes again).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import sqlalchemy.exc

logger = logging.getLogger(__name__)

OUTAGE_SECONDS = 15.0  # a PostgreSQL restart takes ~3 s; Redis' ticket lock lasts 60 s
PAUSES = (0.1, 0.25, 0.5, 1.0, 2.0)  # between tries, the last one repeated
_INSTALLED = "_hirfa_fails_turns"

T = TypeVar("T")


class TrackerStoreUnavailable(Exception):
    """The conversation store could not be reached for ``OUTAGE_SECONDS``: the turn fails."""


class CommitOutcomeUnknown(Exception):
    """The store's commit failed: its events may be stored or not, so the save is not tried again."""


def is_outage(error: BaseException) -> bool:
    """True for an error that says the database could not be reached (worth waiting for), not a bad query."""
    if isinstance(error, (sqlalchemy.exc.OperationalError, sqlalchemy.exc.InterfaceError)):
        return True
    return isinstance(error, sqlalchemy.exc.DBAPIError) and bool(error.connection_invalidated)


async def waiting_out_outages(
    operation: Callable[[], Awaitable[T]],
    what: str,
    outage_seconds: float = OUTAGE_SECONDS,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
) -> T:
    """``operation()``, tried again while the database is unreachable; TrackerStoreUnavailable after
    ``outage_seconds``. Other errors pass at once."""
    deadline = clock() + outage_seconds
    pauses = iter(PAUSES)
    tries = 1
    while True:
        try:
            return await operation()
        except Exception as error:
            if not is_outage(error):
                raise
            pause = next(pauses, PAUSES[-1])
            if clock() + pause > deadline:
                raise TrackerStoreUnavailable(
                    f"{what}: the conversation store did not answer for {outage_seconds:g} s ({tries} tries): {error}"
                ) from error
            logger.warning("%s: the conversation store is unreachable, trying again in %.2f s: %s", what, pause, error)
            tries += 1
            await sleep(pause)


def waits_out_outages(method: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
    """A tracker store's async method, tried again through an outage (see ``waiting_out_outages``)."""

    @functools.wraps(method)
    async def wrapper(self: Any, *args: Any, **kwargs: Any) -> T:
        seconds = getattr(self, "outage_seconds", OUTAGE_SECONDS)
        return await waiting_out_outages(lambda: method(self, *args, **kwargs), method.__name__, seconds)

    return wrapper


@contextmanager
def commit_outcome_unknown() -> Iterator[None]:
    """Around a commit: a database error there becomes CommitOutcomeUnknown, which is not tried again."""
    try:
        yield
    except sqlalchemy.exc.SQLAlchemyError as error:
        raise CommitOutcomeUnknown(f"the commit of a turn failed, it may or may not be stored: {error}") from error


def fail_turns_instead_of_falling_back() -> None:
    """Make the wrapper Rasa puts around the tracker store pass errors on (idempotent; Rasa's server only).

    Called when the tracker store is built, which Rasa does just before it builds the Agent that wraps it.
    """
    import rasa.core.agent
    from rasa.core.tracker_store import FailSafeTrackerStore

    if getattr(rasa.core.agent.FailSafeTrackerStore, _INSTALLED, False):
        return

    class PassErrorsOn(FailSafeTrackerStore):
        """Rasa's wrapper without its fallback: an error of the store fails the turn instead of starting
        an empty conversation or dropping the turn's events."""

        async def retrieve(self, sender_id: str) -> Any:
            return await self._tracker_store.retrieve(sender_id)

        async def retrieve_full_tracker(self, sender_id: str) -> Any:
            return await self._tracker_store.retrieve_full_tracker(sender_id)

        async def save(self, tracker: Any) -> None:
            await self._tracker_store.save(tracker)

        async def keys(self) -> Any:
            return await self._tracker_store.keys()

    setattr(PassErrorsOn, _INSTALLED, True)
    rasa.core.agent.FailSafeTrackerStore = PassErrorsOn  # type: ignore[misc]
