"""Each message a client sends with an id of its own (a Telegram update) is handled once by Rasa.

The bot sends each update's id with the message (metadata ``telegram_update_id`` and
``telegram_bot_id``). The same update can reach Rasa twice although the bot never sends a message
twice: Telegram delivers it again when the bot did not acknowledge it (the bot died, or restarted
and lost what it had seen), or two bot instances without shared state both got it. The first
delivery claims the id; a repeat never runs the conversation again.

What a repeat gets: the first delivery's answer, if it has one. The bot that sends a repeat is one
that may never have delivered the first answer (it died waiting for it): an answer lost is worse than
an answer seen twice, and the conversation ran once either way. A repeat that arrives while the first
delivery is still being handled waits for its answer (up to ``REPEAT_WAIT_SECONDS``), then answers
nothing. A first delivery that fails before Rasa stored the turn (an exception, or the client went
away and Sanic cancelled it) gives its claim back, so that a repeat runs it; so does a server that
died mid-turn (its claim ends with it). The one gap: a server killed between Rasa storing the turn
and this module recording the answer (a few milliseconds) — a repeat would then run the turn again.

What is kept: a hash of the sender and the id, for a day (Telegram stops delivering an update again
within a day); the answer, which may quote the user, for ``ANSWER_SECONDS`` only. In the registry
database (table ``handled_updates``, migration 0011), or in Redis when ``HIRFA_REDIS_URL`` is set
(several Rasa servers share it).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, event, insert, select, update
from sqlalchemy.pool import QueuePool

from hirfa.settings import Settings
from rasa_plugins.sqlite_files import write_ahead
from registry.db import Registry
from registry.models import HandledUpdate
from registry.types import utc_now

logger = logging.getLogger(__name__)

SEEN_SECONDS = 24 * 3600.0
ANSWER_SECONDS = 600.0
REPEAT_WAIT_SECONDS = 90.0  # under the bot's wait for an answer (HIRFA_ANSWER_TIMEOUT, 120 s)
PURGE_EVERY_SECONDS = 600.0
# A claim in Redis lapses this long after its server's last sign of life (renewed while the turn runs):
# a server that died mid-turn stored nothing, and a repeat may then run the turn.
CLAIM_LEASE_SECONDS = 30.0
MAX_REMEMBERED = 10_000  # answers the SQL store also holds in memory (the newest)
POLL_SECONDS = (0.05, 0.1, 0.2, 0.5, 1.0)  # how often a waiting repeat looks for the first answer

Replies = list[dict[str, Any]]


class Pending:
    """The first delivery of an update is still being handled."""


class StoreUnavailable(Exception):
    """The store of handled updates could not be asked (its database or Redis is down)."""


PENDING = Pending()


def delivery_key(sender: str, metadata: dict[str, Any] | None) -> str | None:
    """The key that names one update of one bot for one sender; None when the message carries no id."""
    metadata = metadata or {}
    update_id = metadata.get("telegram_update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return None
    bot_id = metadata.get("telegram_bot_id")
    # Hashed: the row names no one. The bot's id: two bots number their updates each from its own start.
    return hashlib.sha256(f"telegram\0{bot_id}\0{update_id}\0{sender}".encode()).hexdigest()


class HandledUpdates(ABC):
    """Where the channel keeps the ids it has handled and their answers."""

    @abstractmethod
    async def claim(self, key: str) -> bool:
        """True when ``key`` was not claimed yet (and now is), False for a repeat."""

    @abstractmethod
    async def state(self, key: str) -> Replies | Pending | None:
        """The stored answer ([] once forgotten), PENDING while being handled, None when not claimed."""

    @abstractmethod
    async def finish(self, key: str, replies: Replies) -> None:
        """Store the answer of the delivery that claimed ``key``."""

    @abstractmethod
    async def release(self, key: str) -> None:
        """Give the claim back: the delivery failed before Rasa stored the turn."""

    # How long a claim outlives its holder's last sign of life (``keep``); None: it ends with the process.
    lease_seconds: float | None = None

    async def keep(self, key: str) -> None:
        """A sign of life of the claim's holder, every third of ``lease_seconds`` while the turn runs."""
        return None

    async def close(self) -> None:
        """Let go of connections."""
        return None


async def handle_once(
    store: HandledUpdates,
    key: str,
    run: Callable[[], Awaitable[Replies]],
    wait_seconds: float = REPEAT_WAIT_SECONDS,
    clock: Callable[[], float] = time.monotonic,
) -> tuple[Replies, bool]:
    """``run()``'s replies the first time ``key`` comes; the stored ones for a repeat. And: was it a repeat.

    Raises StoreUnavailable, before running anything, when the store cannot say whether ``key`` is new.
    """
    deadline = clock() + wait_seconds
    pauses = iter(POLL_SECONDS)
    pause = next(pauses)
    while True:
        if await _asked(store.claim(key)):
            stop = asyncio.Event()
            alive = asyncio.create_task(_keep_alive(store, key, store.lease_seconds, stop))
            try:
                replies = await run()
            except BaseException:
                # Shielded: a cancelled delivery must still give its claim back.
                await asyncio.shield(store.release(key))
                raise
            finally:
                # Told to stop rather than cancelled: redis-py 4.6 can lose a cancellation that lands inside a
                # command, and a renewal outliving its turn would cut the handled mark's life to one lease.
                stop.set()
                await asyncio.wait({alive}, timeout=1.0)
                if not alive.done():
                    alive.cancel()
            try:
                await store.finish(key, replies)
            except Exception:  # the answer still goes out; only a later repeat would run again
                logger.exception("Could not record a handled update")
            return replies, False
        while (found := await _asked(store.state(key))) is PENDING and clock() < deadline:
            await asyncio.sleep(pause)
            pause = next(pauses, pause)
        if found is None:
            continue  # the first delivery gave its claim back: this one runs it
        return ([] if found is PENDING else found), True


async def _asked(question: Awaitable[Any]) -> Any:
    try:
        return await question
    except Exception as error:
        raise StoreUnavailable(f"the store of handled updates did not answer: {error!r}") from error


async def _keep_alive(store: HandledUpdates, key: str, lease_seconds: float | None, stop: asyncio.Event) -> None:
    while lease_seconds and not await _stopped(stop, lease_seconds / 3):
        try:
            await store.keep(key)
        except Exception as error:  # the turn goes on; at worst the claim lapses early
            logger.warning("Could not renew the claim of a handled update: %r", error)


async def _stopped(stop: asyncio.Event, seconds: float) -> bool:
    """Wait up to ``seconds`` for ``stop``; whether it is set."""
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
    return stop.is_set()


class SqlHandledUpdates(HandledUpdates):
    """The ids in the registry database, for one Rasa server (several share Redis instead).

    A claim lives in this process only: a delivery in progress ends with the process (Sanic cancels a
    request whose connection is gone, and Rasa stores a turn only at its end), so a claim left by a dead
    process must not stop a repeat. What lasts is the handled update, written once, with its answer,
    after the answer was given: in a thread, several at once, without making the answer wait for the
    disk (a commit of the registry's SQLite file costs 5-8 ms of fsync here). Answers not yet written
    are served from memory meanwhile.
    """

    def __init__(
        self, registry: Registry, clock: Callable[[], datetime] = utc_now, max_remembered: int = MAX_REMEMBERED
    ) -> None:
        self._registry = registry
        self._clock = clock
        self._claimed: set[str] = set()
        # Answers given lately (key -> replies), oldest first: the ones not yet written must stay.
        self._answered: OrderedDict[str, Replies] = OrderedDict()
        self._max_remembered = max_remembered
        self._unwritten: dict[str, Replies] = {}
        self._writer: asyncio.Task[None] | None = None
        self._purged_at: datetime | None = None

    async def claim(self, key: str) -> bool:
        if key in self._claimed or key in self._answered:
            return False
        self._claimed.add(key)  # before the read: a repeat arriving meanwhile finds it claimed
        try:
            known = await asyncio.to_thread(self._known, key)
        except BaseException:
            self._claimed.discard(key)
            raise
        if known:
            self._claimed.discard(key)
        return not known

    async def state(self, key: str) -> Replies | Pending | None:
        if key in self._claimed:
            return PENDING
        if key in self._answered:
            return self._answered[key]
        return await asyncio.to_thread(self._read, key)

    async def finish(self, key: str, replies: Replies) -> None:
        self._answered[key] = replies
        self._answered.move_to_end(key)
        self._claimed.discard(key)
        self._unwritten[key] = replies
        while len(self._answered) > self._max_remembered:
            oldest = next(iter(self._answered))
            if oldest in self._unwritten:
                break  # kept until written, however many
            del self._answered[oldest]
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write())

    async def release(self, key: str) -> None:
        self._claimed.discard(key)

    async def flush(self) -> None:
        """Wait until every answer given so far is written."""
        while self._writer is not None and not self._writer.done():
            await asyncio.shield(self._writer)

    async def close(self) -> None:
        await self.flush()
        self._registry.dispose()

    def remembered(self) -> int:
        """How many answers are held in memory (for tests)."""
        return len(self._answered)

    def purge(self) -> int:
        """Forget expired ids and answers older than ANSWER_SECONDS; the number of ids forgotten."""
        now = self._clock()
        with self._registry.engine.begin() as connection:
            forgotten = connection.execute(delete(HandledUpdate).where(HandledUpdate.expires_at <= now)).rowcount
            connection.execute(
                update(HandledUpdate)
                .where(HandledUpdate.answered_at <= now - timedelta(seconds=ANSWER_SECONDS))
                .where(HandledUpdate.answer.is_not(None))
                .values(answer=None)
            )
        self._purged_at = now
        for key in [key for key in self._answered if key not in self._unwritten]:
            del self._answered[key]  # memory forgets no later than the database
        return forgotten

    async def _write(self) -> None:
        # One transaction for all the answers given while the previous one was being written.
        while self._unwritten:
            batch, self._unwritten = self._unwritten, {}
            try:
                await asyncio.to_thread(self._insert, batch)
            except Exception:
                logger.exception("Could not record %d handled updates: a repeat after a restart would run again", len(batch))

    def _insert(self, batch: dict[str, Replies]) -> None:
        now = self._clock()
        if self._purged_at is None or now - self._purged_at >= timedelta(seconds=PURGE_EVERY_SECONDS):
            self.purge()
        expires = now + timedelta(seconds=SEEN_SECONDS)
        # SQL expressions, not ORM objects: this runs in a thread beside Rasa's event loop, and the ORM's
        # unit of work would hold the interpreter's lock longer for the same rows.
        with self._registry.engine.begin() as connection:
            known = set(connection.execute(select(HandledUpdate.key).where(HandledUpdate.key.in_(batch))).scalars())
            rows = [
                {
                    "key": key,
                    "created_at": now,
                    "expires_at": expires,
                    "answer": json.dumps(replies, ensure_ascii=False),
                    "answered_at": now,
                }
                for key, replies in batch.items()
                if key not in known  # another Rasa server on the same database had it (use Redis for several)
            ]
            if rows:
                connection.execute(insert(HandledUpdate), rows)

    def _known(self, key: str) -> bool:
        with self._registry.engine.connect() as connection:
            return connection.execute(select(HandledUpdate.key).where(HandledUpdate.key == key)).first() is not None

    def _read(self, key: str) -> Replies | None:
        with self._registry.engine.connect() as connection:
            row = connection.execute(select(HandledUpdate.answer).where(HandledUpdate.key == key)).first()
        if row is None:
            return None
        return json.loads(row.answer) if row.answer else []


_KEEP_PENDING = """
if redis.call('get', KEYS[1]) == 'pending' then return redis.call('pexpire', KEYS[1], ARGV[1]) end
return 0
"""


class RedisHandledUpdates(HandledUpdates):
    """The ids in Redis, with Redis' own expiry: ``<prefix>id:<key>`` (pending/done) and ``<prefix>answer:<key>``.

    A pending claim is a lease renewed while the turn runs (CLAIM_LEASE_SECONDS): the claim of a server
    that died mid-turn lapses, as a claim in one server's memory ends with it (SqlHandledUpdates).
    """

    def __init__(self, client: Any, prefix: str = "hirfa:rest:", lease_seconds: float = CLAIM_LEASE_SECONDS) -> None:
        self._redis = client
        self._prefix = prefix
        self.lease_seconds = lease_seconds
        self._lease_ms = max(1, int(lease_seconds * 1000))

    @classmethod
    def from_url(
        cls, url: str, prefix: str = "hirfa:rest:", lease_seconds: float = CLAIM_LEASE_SECONDS
    ) -> RedisHandledUpdates:
        """A store on the Redis server at ``url``."""
        from redis.asyncio import Redis  # only the scaled layout needs the client

        return cls(Redis.from_url(url, decode_responses=True), prefix, lease_seconds)

    async def claim(self, key: str) -> bool:
        return bool(await self._redis.set(f"{self._prefix}id:{key}", "pending", nx=True, px=self._lease_ms))

    async def keep(self, key: str) -> None:
        # Only while pending: never over the "done" mark of the turn's end (kept SEEN_SECONDS).
        await self._redis.eval(_KEEP_PENDING, 1, f"{self._prefix}id:{key}", self._lease_ms)

    async def state(self, key: str) -> Replies | Pending | None:
        mark = await self._redis.get(f"{self._prefix}id:{key}")
        if mark is None:
            return None
        if mark == "pending":
            return PENDING
        answer = await self._redis.get(f"{self._prefix}answer:{key}")
        return json.loads(answer) if answer else []

    async def finish(self, key: str, replies: Replies) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(f"{self._prefix}answer:{key}", json.dumps(replies, ensure_ascii=False), ex=int(ANSWER_SECONDS))
            pipe.set(f"{self._prefix}id:{key}", "done", ex=int(SEEN_SECONDS))
            await pipe.execute()

    async def release(self, key: str) -> None:
        await self._redis.delete(f"{self._prefix}id:{key}")

    async def close(self) -> None:
        await self._redis.close(close_connection_pool=True)


def handled_updates(settings: Settings) -> HandledUpdates:
    """Redis when HIRFA_REDIS_URL is set (several Rasa servers), else the registry database."""
    if settings.redis_url:
        return RedisHandledUpdates.from_url(settings.redis_url)
    return SqlHandledUpdates(registry_for(settings.database_url))


def registry_for(url: str) -> Registry:
    """The registry for this store: on SQLite, pooled connections to a file in write-ahead mode.

    Every message reads here before Rasa runs it, while answers are being written: in WAL mode the read
    never waits for the writer (rasa_plugins/sqlite_files.py says what that costs otherwise).
    """
    if not url.startswith("sqlite"):
        return Registry.from_url(url)
    registry = Registry.from_url(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(registry.engine, "connect", write_ahead)
    return registry
