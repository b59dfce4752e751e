"""What the bot instances share: updates handled, long button payloads, flood accounting, Telegram's budget
of calls and each chat's line.

One bot process keeps it in memory (bounded: idle entries are dropped), except long button payloads,
which it keeps in the registry database (table ``button_payloads``) so that a button pressed after a
restart still works. Several processes behind a load balancer, in webhook mode, share it all in Redis
(``HIRFA_REDIS_URL``), so that whichever instance Telegram's update reaches, it is handled once, a
button made by another instance still works, a fast sender is limited across all of them, the bot's ~30
calls a second are counted once for all of them, and one chat's messages are answered in the order they
were sent.
"""

from __future__ import annotations

import asyncio
import logging
import time
from abc import ABC, abstractmethod
from collections import OrderedDict, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from registry.db import Registry
from registry.models import ButtonPayload
from registry.types import utc_now

logger = logging.getLogger(__name__)

SEEN_SECONDS = 24 * 3600.0  # Telegram gives up redelivering an update within a day.
PAYLOAD_SECONDS = 30 * 24 * 3600.0  # a keyboard stays pressable in the chat history for a month
LINE_SECONDS = 24 * 3600.0  # an idle chat's line is forgotten after a day
MAX_SEEN = 50_000
MAX_PAYLOADS = 20_000
MAX_USERS = 100_000
# A payload shown again is written again (its expiry pushed back) at most this often; the database is
# purged of expired payloads at most this often.
PAYLOAD_REFRESH_SECONDS = 24 * 3600.0
PAYLOAD_PURGE_SECONDS = 3600.0
# A holder of a chat's turn that shows no sign of life for this long is taken for gone (its process died):
# the next message of the chat goes ahead. The bot passes Rasa's answer time plus a margin.
DEFAULT_HOLD_SECONDS = 40.0
# An update being handled is claimed; the claim lapses this long after its holder's last sign of life (renewed
# every third of it), so that Telegram's redelivery of an update whose bot died mid-way is handled elsewhere.
UPDATE_LEASE_SECONDS = 15.0
POLL_SECONDS = (0.002, 0.005, 0.01, 0.02, 0.05)  # how often a waiting message looks at its chat's line
SENDS_KEPT_SECONDS = 60.0  # how far back the bot's own calls are counted (``sends_within``)


class Begun(Enum):
    """What ``begin_update`` found."""

    FIRST = "first"  # nobody handled it: this instance now holds its claim
    DONE = "done"  # handled already (by any instance): acknowledge it, do nothing
    BUSY = "busy"  # another live holder is handling it


class SharedState(ABC):
    """The state bot instances share; see the module's docstring."""

    @abstractmethod
    async def begin_update(self, update_id: int, lease_seconds: float = UPDATE_LEASE_SECONDS) -> Begun:
        """Claim ``update_id`` for handling, unless it was handled or another live holder has it."""

    @abstractmethod
    async def keep_update(self, update_id: int, lease_seconds: float = UPDATE_LEASE_SECONDS) -> None:
        """A sign of life of the claim's holder."""

    @abstractmethod
    async def end_update(self, update_id: int, handled: bool) -> None:
        """Handled: a redelivery is acknowledged and dropped (for a day). Not handled: give the claim back."""

    @abstractmethod
    async def record_sent(self, update_id: int, piece: str) -> None:
        """Telegram accepted ``piece`` (a key naming one message) of the update's answer."""

    @abstractmethod
    async def sent_pieces(self, update_id: int) -> set[str]:
        """The pieces of the update's answer Telegram accepted, by any instance."""

    @abstractmethod
    async def remember_payload(self, key: str, payload: str) -> None:
        """Keep a button's long payload under its short callback key."""

    @abstractmethod
    async def payload(self, key: str) -> str | None:
        """The payload remembered under ``key``; None when unknown or expired."""

    @abstractmethod
    async def flood_delay(self, user_id: int, rate: int, period: float) -> float:
        """Reserve the user's next place in a bucket of ``rate`` messages per ``period`` seconds.

        Returns how long to wait before handling the message (0 within the limit). Places are reserved
        in call order, so a fast sender's messages keep their order and none is dropped.
        """

    @abstractmethod
    async def send_delay(self, rate: int, period: float) -> float:
        """Reserve the bot's next place among Telegram's ``rate`` calls per ``period`` (every instance's
        calls count); the seconds to wait before making the call."""

    @abstractmethod
    async def sends_within(self, seconds: float) -> int:
        """How many places the bot reserved for the last ``seconds`` (every instance's)."""

    @abstractmethod
    async def notice_once(self, user_id: int, period: float) -> bool:
        """True when the user has not been told to slow down in the last ``period`` seconds (and now is)."""

    @abstractmethod
    async def take_turn(self, chat_id: int) -> int:
        """A place in the chat's line (a ticket), given in call order."""

    @abstractmethod
    def chat_turn(self, chat_id: int, ticket: int | None = None) -> Any:
        """``async with``: wait for ``ticket``'s turn in the chat (a new place when None), hold it, pass it on."""

    @abstractmethod
    async def close(self) -> None:
        """Let go of connections."""


class _Expiring(OrderedDict):
    """Key -> (expires_at, value), oldest write first; never more than ``limit`` entries."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def put(self, key: Any, value: Any, expires_at: float, now: float) -> None:
        self[key] = (expires_at, value)
        self.move_to_end(key)
        self.prune(now)

    def fresh(self, key: Any, now: float) -> Any:
        self.prune(now)
        entry = self.get(key)
        return entry[1] if entry is not None and entry[0] > now else None

    def prune(self, now: float) -> None:
        # Oldest writes first: those expire first when all share one lifetime; the limit bounds the rest.
        while self and (len(self) > self.limit or next(iter(self.values()))[0] <= now):
            self.popitem(last=False)


@dataclass
class _Line:
    """One chat's line in memory: tickets given, the one being served, and who waits."""

    given: int = 0
    serving: int = 1
    changed: asyncio.Condition = field(default_factory=asyncio.Condition)


class SqlPayloads:
    """Long button payloads in the registry database, kept ``PAYLOAD_SECONDS`` after they were last shown.

    A bounded cache in front: a payload shown again within a day costs no write, and a pressed button
    made by this process no read. The blocking calls run in a thread, off the bot's event loop.
    """

    def __init__(
        self,
        registry: Registry,
        clock: Any = utc_now,
        monotonic: Any = time.monotonic,
        max_cached: int = MAX_PAYLOADS,
    ) -> None:
        self._registry = registry
        self._clock = clock
        self._monotonic = monotonic
        self._cache = _Expiring(max_cached)  # key -> payload, until it is due to be written again
        self._purged_at: float | None = None

    def cached(self) -> int:
        """How many payloads the cache holds (for tests)."""
        return len(self._cache)

    async def remember(self, key: str, payload: str) -> None:
        """Keep ``payload`` under ``key``, or push its expiry back when it was written more than a day ago."""
        now = self._monotonic()
        if self._cache.fresh(key, now) == payload:
            return
        await asyncio.to_thread(self._write, key, payload)
        self._cache.put(key, payload, now + PAYLOAD_REFRESH_SECONDS, now)

    async def payload(self, key: str) -> str | None:
        """The payload kept under ``key``; None when unknown or expired."""
        cached = self._cache.fresh(key, self._monotonic())
        return cached if cached is not None else await asyncio.to_thread(self._read, key)

    def purge(self) -> int:
        """Delete the expired payloads; how many."""
        with self._registry.session() as session:
            return session.execute(delete(ButtonPayload).where(ButtonPayload.expires_at <= self._clock())).rowcount

    def close(self) -> None:
        """Let go of the database's connections."""
        self._registry.dispose()

    def _write(self, key: str, payload: str) -> None:
        expires = self._clock() + timedelta(seconds=PAYLOAD_SECONDS)
        monotonic = self._monotonic()
        if self._purged_at is None or monotonic - self._purged_at >= PAYLOAD_PURGE_SECONDS:
            self._purged_at = monotonic
            self.purge()
        try:
            with self._registry.session() as session:
                changed = session.execute(
                    update(ButtonPayload).where(ButtonPayload.key == key).values(payload=payload, expires_at=expires)
                ).rowcount
                if not changed:
                    session.add(ButtonPayload(key=key, payload=payload, expires_at=expires))
        except IntegrityError:
            pass  # another handler wrote the same key (a hash of the same payload) at the same moment

    def _read(self, key: str) -> str | None:
        now: datetime = self._clock()
        with self._registry.session() as session:
            return session.execute(
                select(ButtonPayload.payload).where(ButtonPayload.key == key, ButtonPayload.expires_at > now)
            ).scalar_one_or_none()


def _reserve(next_at: float | None, now: float, rate: int, period: float) -> tuple[float, float]:
    """GCRA: the place reserved (its theoretical arrival time) and the wait for it, given the bucket's next
    theoretical arrival time (None: an empty bucket) and a burst of ``rate``."""
    arrival = max(next_at or now, now)
    return arrival, max(0.0, arrival - (rate - 1) * period / rate - now)


class MemoryState(SharedState):
    """One process's state; every map drops idle entries, so it stays as small as the current traffic.

    Long button payloads go to ``payloads`` (the database) when given, so that they survive a restart.
    """

    def __init__(
        self,
        max_seen: int = MAX_SEEN,
        max_payloads: int = MAX_PAYLOADS,
        max_users: int = MAX_USERS,
        clock: Any = time.monotonic,
        payloads: SqlPayloads | None = None,
    ) -> None:
        self._clock = clock
        self._stored_payloads = payloads
        self._seen = _Expiring(max_seen)  # update_id -> Begun.BUSY while claimed, Begun.DONE once handled
        self._sent = _Expiring(max_seen)  # update_id -> pieces of its answer Telegram accepted
        self._payloads = _Expiring(max_payloads)
        self._buckets = _Expiring(max_users)  # user -> theoretical arrival time; expires when the bucket is empty
        self._notices = _Expiring(max_users)
        self._lines: dict[int, _Line] = {}
        self._send_at: float | None = None  # the bot's calls: theoretical arrival time of the next one
        self._sends: deque[float] = deque()  # the places reserved in the last SENDS_KEPT_SECONDS

    def sizes(self) -> dict[str, int]:
        """How many entries each map holds (for tests and logs)."""
        return {
            "seen": len(self._seen),
            "sent": len(self._sent),
            "payloads": len(self._payloads),
            "buckets": len(self._buckets),
            "notices": len(self._notices),
            "lines": len(self._lines),
        }

    # These coroutines never suspend: handlers that call them keep the order in which they started.
    async def begin_update(self, update_id: int, lease_seconds: float = UPDATE_LEASE_SECONDS) -> Begun:
        now = self._clock()
        found = self._seen.fresh(update_id, now)
        if found is not None:
            return found
        self._seen.put(update_id, Begun.BUSY, now + lease_seconds, now)
        return Begun.FIRST

    async def keep_update(self, update_id: int, lease_seconds: float = UPDATE_LEASE_SECONDS) -> None:
        now = self._clock()
        if self._seen.fresh(update_id, now) is Begun.BUSY:
            self._seen.put(update_id, Begun.BUSY, now + lease_seconds, now)

    async def end_update(self, update_id: int, handled: bool) -> None:
        now = self._clock()
        if handled:
            self._seen.put(update_id, Begun.DONE, now + SEEN_SECONDS, now)
        else:
            self._seen.pop(update_id, None)

    async def record_sent(self, update_id: int, piece: str) -> None:
        now = self._clock()
        pieces = self._sent.fresh(update_id, now) or set()
        self._sent.put(update_id, pieces | {piece}, now + SEEN_SECONDS, now)

    async def sent_pieces(self, update_id: int) -> set[str]:
        return set(self._sent.fresh(update_id, self._clock()) or ())

    async def remember_payload(self, key: str, payload: str) -> None:
        if self._stored_payloads is not None:
            await self._stored_payloads.remember(key, payload)
            return
        now = self._clock()
        self._payloads.put(key, payload, now + PAYLOAD_SECONDS, now)

    async def payload(self, key: str) -> str | None:
        if self._stored_payloads is not None:
            return await self._stored_payloads.payload(key)
        return self._payloads.fresh(key, self._clock())

    async def flood_delay(self, user_id: int, rate: int, period: float) -> float:
        now = self._clock()
        arrival, delay = _reserve(self._buckets.fresh(user_id, now), now, rate, period)
        self._buckets.put(user_id, arrival + period / rate, arrival + period / rate, now)
        return delay

    async def send_delay(self, rate: int, period: float) -> float:
        now = self._clock()
        arrival, delay = _reserve(self._send_at, now, rate, period)
        self._send_at = arrival + period / rate
        self._sends.append(arrival)
        while self._sends[0] < now - SENDS_KEPT_SECONDS:
            self._sends.popleft()
        return delay

    async def sends_within(self, seconds: float) -> int:
        since, count = self._clock() - seconds, 0
        for at in reversed(self._sends):  # newest first: places are reserved in time order
            if at <= since:
                break
            count += 1
        return count

    async def notice_once(self, user_id: int, period: float) -> bool:
        now = self._clock()
        if self._notices.fresh(user_id, now) is not None:
            return False
        self._notices.put(user_id, True, now + period, now)
        return True

    async def take_turn(self, chat_id: int) -> int:
        return self._take(chat_id)

    def _take(self, chat_id: int) -> int:
        line = self._lines.setdefault(chat_id, _Line())
        line.given += 1
        return line.given

    async def close(self) -> None:
        if self._stored_payloads is not None:
            self._stored_payloads.close()

    @asynccontextmanager
    async def chat_turn(self, chat_id: int, ticket: int | None = None) -> AsyncIterator[None]:
        if ticket is None:
            ticket = self._take(chat_id)
        line = self._lines.get(chat_id)
        if line is None or ticket > line.given:
            yield  # a ticket of a line forgotten meanwhile: nobody to wait for
            return
        try:
            if line.serving < ticket:
                async with line.changed:
                    await line.changed.wait_for(lambda: line.serving >= ticket)
            yield
        finally:
            if line.serving == ticket:
                line.serving += 1
                async with line.changed:
                    line.changed.notify_all()
            if line.serving > line.given and self._lines.get(chat_id) is line:
                del self._lines[chat_id]  # nobody holds or waits: the line is idle


# Each chat's line in Redis is one hash: `given` (the last ticket), `serving` (the ticket whose turn it is)
# and `alive` (Redis' clock, in ms, at the last sign of life of the holder of `serving`). Scripts run
# atomically, and take the time from Redis, so the instances' clocks need not agree.
_NOW = "local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000) "
_TAKE = (
    _NOW
    + """
local ticket = redis.call('HINCRBY', KEYS[1], 'given', 1)
redis.call('HSETNX', KEYS[1], 'serving', 1)
if tonumber(redis.call('HGET', KEYS[1], 'serving')) == ticket then
  redis.call('HSET', KEYS[1], 'alive', now)
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return ticket
"""
)
# 1: the ticket's turn; 2: passed over earlier (its holder was taken for gone), go on; 0: wait.
_TRY = (
    _NOW
    + """
local ticket = tonumber(ARGV[1])
local serving = tonumber(redis.call('HGET', KEYS[1], 'serving') or '0')
if serving == 0 then return 2 end
if ticket < serving then return 2 end
if ticket == serving then
  redis.call('HSET', KEYS[1], 'alive', now)
  return 1
end
local alive = tonumber(redis.call('HGET', KEYS[1], 'alive') or '0')
if now - alive > tonumber(ARGV[2]) then
  serving = serving + 1
  redis.call('HSET', KEYS[1], 'serving', serving, 'alive', now)
  if serving == ticket then return 1 end
end
return 0
"""
)
_ALIVE = (
    _NOW
    + """
if tonumber(redis.call('HGET', KEYS[1], 'serving') or '0') == tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'alive', now)
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
)
_DONE = (
    _NOW
    + """
local ticket = tonumber(ARGV[1])
if tonumber(redis.call('HGET', KEYS[1], 'serving') or '0') == ticket then
  redis.call('HSET', KEYS[1], 'serving', ticket + 1, 'alive', now)
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
)
# An update's claim renewed only while it is still pending: never over the "done" of its end.
_KEEP_CLAIM = """
if redis.call('GET', KEYS[1]) == 'pending' then
  return redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
return 0
"""
# GCRA (a leaky bucket kept as one "theoretical arrival time"): reserve the next place, return the wait.
_RESERVE = (
    _NOW
    + """
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local arrival = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
local delay = math.max(0, arrival - (burst - 1) * interval - now)
redis.call('SET', KEYS[1], arrival + interval, 'PX', math.max(1, arrival + interval - now))
"""
)
_FLOOD = _RESERVE + "return delay"
# The bot's own calls: the same bucket for all of them, and each place's time kept a while (a sorted set
# scored by it) so that the recent rate can be read. A place is its theoretical arrival time, unique.
_SEND = (
    _RESERVE
    + """
redis.call('ZADD', KEYS[2], arrival, arrival)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[3]))
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return delay
"""
)
_SENDS_WITHIN = _NOW + "return redis.call('ZCOUNT', KEYS[1], '(' .. (now - tonumber(ARGV[1])), '+inf')"


class RedisState(SharedState):
    """The state in Redis, shared by every bot instance that uses the same server and prefix.

    Why a chat's line and not a plain Redis lock: redis-py's lock lets waiters retry on a timer, so which
    of two waiting messages goes first is chance. Here each message takes a ticket when it arrives and
    waits for the ticket before it; the holder of the turn refreshes a sign of life, and a holder silent
    for ``hold_seconds`` (its process died) is passed over, so a chat never stays stuck.
    """

    def __init__(self, client: Any, prefix: str = "hirfa:bot:", hold_seconds: float = DEFAULT_HOLD_SECONDS):
        self._redis = client
        self._prefix = prefix
        self._hold_ms = int(hold_seconds * 1000)
        self._line_ms = int(LINE_SECONDS * 1000)
        self._scripts = {
            name: client.register_script(source)
            for name, source in (
                ("take", _TAKE),
                ("try", _TRY),
                ("alive", _ALIVE),
                ("done", _DONE),
                ("flood", _FLOOD),
                ("send", _SEND),
                ("sends_within", _SENDS_WITHIN),
                ("keep_claim", _KEEP_CLAIM),
            )
        }
        # Tickets are taken one at a time per process, in call order: two requests on two pooled
        # connections could otherwise reach Redis in either order.
        self._taking = asyncio.Lock()

    @classmethod
    def from_url(cls, url: str, hold_seconds: float = DEFAULT_HOLD_SECONDS, prefix: str = "hirfa:bot:") -> RedisState:
        """A state on the Redis server at ``url`` (``redis://host:port/db``)."""
        from redis.asyncio import Redis  # only the scaled layout needs the client

        return cls(Redis.from_url(url, decode_responses=True), prefix, hold_seconds)

    def _key(self, *parts: object) -> str:
        return self._prefix + ":".join(str(part) for part in parts)

    async def begin_update(self, update_id: int, lease_seconds: float = UPDATE_LEASE_SECONDS) -> Begun:
        key = self._key("update", update_id)
        while True:
            if await self._redis.set(key, "pending", nx=True, px=max(1, int(lease_seconds * 1000))):
                return Begun.FIRST
            mark = await self._redis.get(key)
            if mark is not None:  # else the claim lapsed between the two calls: claim it
                # (An older bot marked a seen update "1": handled, as "done".)
                return Begun.BUSY if mark == "pending" else Begun.DONE

    async def keep_update(self, update_id: int, lease_seconds: float = UPDATE_LEASE_SECONDS) -> None:
        await self._scripts["keep_claim"](keys=[self._key("update", update_id)], args=[max(1, int(lease_seconds * 1000))])

    async def end_update(self, update_id: int, handled: bool) -> None:
        key = self._key("update", update_id)
        if handled:
            await self._redis.set(key, "done", ex=int(SEEN_SECONDS))
        else:
            await self._redis.delete(key)

    async def record_sent(self, update_id: int, piece: str) -> None:
        key = self._key("sent", update_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.sadd(key, piece)
            pipe.expire(key, int(SEEN_SECONDS))
            await pipe.execute()

    async def sent_pieces(self, update_id: int) -> set[str]:
        return set(await self._redis.smembers(self._key("sent", update_id)))

    async def remember_payload(self, key: str, payload: str) -> None:
        await self._redis.set(self._key("payload", key), payload, ex=int(PAYLOAD_SECONDS))

    async def payload(self, key: str) -> str | None:
        return await self._redis.get(self._key("payload", key))

    async def flood_delay(self, user_id: int, rate: int, period: float) -> float:
        interval_ms = max(1, round(period * 1000 / rate))
        delay_ms = await self._scripts["flood"](keys=[self._key("flood", user_id)], args=[interval_ms, rate])
        return int(delay_ms) / 1000

    async def send_delay(self, rate: int, period: float) -> float:
        interval_ms = max(1, round(period * 1000 / rate))
        keys = [self._key("sends", "next"), self._key("sends", "recent")]
        delay_ms = await self._scripts["send"](keys=keys, args=[interval_ms, int(rate), int(SENDS_KEPT_SECONDS * 1000)])
        return int(delay_ms) / 1000

    async def sends_within(self, seconds: float) -> int:
        return int(await self._scripts["sends_within"](keys=[self._key("sends", "recent")], args=[int(seconds * 1000)]))

    async def notice_once(self, user_id: int, period: float) -> bool:
        key = self._key("notice", user_id)
        return bool(await self._redis.set(key, 1, nx=True, px=max(1, int(period * 1000))))

    async def take_turn(self, chat_id: int) -> int:
        async with self._taking:
            return int(await self._scripts["take"](keys=[self._key("line", chat_id)], args=[self._line_ms]))

    @asynccontextmanager
    async def chat_turn(self, chat_id: int, ticket: int | None = None) -> AsyncIterator[None]:
        if ticket is None:
            ticket = await self.take_turn(chat_id)
        line = self._key("line", chat_id)
        pauses = iter(POLL_SECONDS)
        pause = next(pauses)
        while (state := int(await self._scripts["try"](keys=[line], args=[ticket, self._hold_ms]))) == 0:
            await asyncio.sleep(pause)
            pause = next(pauses, pause)
        if state == 2:
            logger.warning("Chat %s: message %s handled out of turn (an earlier holder went silent)", chat_id, ticket)
        stop = asyncio.Event()
        heartbeat = asyncio.create_task(self._keep_alive(line, ticket, stop))
        try:
            yield
        finally:
            # Told to stop rather than cancelled: a cancellation that lands inside a Redis call can be lost, and
            # the heartbeat then outlived its turn, keeping the chat's line (and this exit) waiting for good
            # (seen once under bench.faults). It stops at its next look at ``stop``; cancelled only if it hangs.
            stop.set()
            await asyncio.wait({heartbeat}, timeout=self._hold_ms / 4000)
            if not heartbeat.done():
                heartbeat.cancel()
            # Shielded: a cancelled handler must still pass the turn on, or the chat waits hold_seconds.
            await asyncio.shield(self._scripts["done"](keys=[line], args=[ticket, self._line_ms]))

    async def _keep_alive(self, line: str, ticket: int, stop: asyncio.Event) -> None:
        while not await _stopped(stop, self._hold_ms / 4000):
            await self._scripts["alive"](keys=[line], args=[ticket, self._line_ms])

    async def close(self) -> None:
        await self._redis.close(close_connection_pool=True)


async def _stopped(stop: asyncio.Event, seconds: float) -> bool:
    """Wait up to ``seconds`` for ``stop``; whether it is set."""
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except asyncio.TimeoutError:
        pass
    return stop.is_set()


def shared_state(redis_url: str, hold_seconds: float = DEFAULT_HOLD_SECONDS, registry: Registry | None = None) -> SharedState:
    """Redis when a URL is given (several bot instances), else this process's memory with long button
    payloads in ``registry``'s database (in memory too when there is none)."""
    if redis_url:
        return RedisState.from_url(redis_url, hold_seconds)
    return MemoryState(payloads=SqlPayloads(registry) if registry else None)
