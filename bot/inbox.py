"""The polling bot's inbox: every update is written down before Telegram is told it arrived, and crossed off
once handled, so that a bot killed mid-answer answers it after its restart.

Why: getUpdates confirms every update below its offset, and python-telegram-bot asks for the next batch as
soon as it has queued the last one, long before those are answered. Without a record, an update in flight when
the bot is killed is gone: Telegram never gives it again. So the updates queued since the last getUpdates are
written, in one transaction, just before the next one is sent (``FlushingRequest``): durable before they are
confirmed, and one database write per poll however many came. (A webhook bot needs none of this: Telegram
delivers an update again until the webhook answered it, and ours answers once the update is handled.)

What is kept: the update as Telegram sent it, sealed with the data key (registry/personal_data.py: a message
may hold a CIN typed into the form), until it is handled; then its id alone, for a day, so that an update that
Telegram gives again (taken, but the bot died before its confirmation reached Telegram) is not handled twice.
Rasa answers a replayed update it had already answered from that first answer (rasa_plugins/handled_updates.py),
so the conversation runs once. What is left: a bot killed between Telegram accepting an answer and the update
being crossed off (a database write) sends that answer again after its restart.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from telegram import Bot, Update
from telegram.request import BaseRequest

from registry.db import Registry
from registry.models import BotInboxUpdate
from registry.types import utc_now

logger = logging.getLogger(__name__)

HANDLED_KEPT = timedelta(days=1)  # Telegram gives an unconfirmed update again for a day at most
PURGE_EVERY = timedelta(hours=1)  # how often crossing off also forgets the ids handled a day ago
# The ids a restarted bot checks Telegram's updates against: only the last batches before a stop can come
# again (those whose confirmation never reached Telegram), and they carry the highest ids.
RECENT_IDS = 1000


class Inbox:
    """The updates of one bot, in the registry's ``bot_inbox``; the blocking calls run in a thread."""

    def __init__(self, registry: Registry, bot_id: int, clock: Callable[[], datetime] = utc_now) -> None:
        self._registry = registry
        self._bot_id = bot_id
        self._clock = clock
        self._purged_at: datetime | None = None

    async def take(self, updates: list[Update]) -> None:
        """Write ``updates`` down in one transaction; those it holds already are left as they are."""
        bodies = {u.update_id: json.dumps(u.to_dict(), ensure_ascii=False) for u in updates}
        await asyncio.to_thread(self._take, bodies)

    async def handled(self, update_id: int) -> None:
        """Cross ``update_id`` off: its body goes, its id stays a day."""
        await asyncio.to_thread(self._handled, update_id)

    async def opened(self, bot: Bot) -> tuple[list[Update], set[int]]:
        """What a starting bot needs: the updates taken but not handled, oldest first, and the recent ids."""
        bodies, recent = await asyncio.to_thread(self._opened)
        return [Update.de_json(json.loads(body), bot) for body in bodies], recent

    def close(self) -> None:
        """Let go of the database's connections."""
        self._registry.dispose()

    def _row(self, update_id: int, body: str | None, now: datetime) -> BotInboxUpdate:
        handled = None if body is not None else now
        return BotInboxUpdate(bot_id=self._bot_id, update_id=update_id, body=body, taken_at=now, handled_at=handled)

    def _take(self, bodies: dict[int, str]) -> None:
        now = self._clock()
        try:
            with self._registry.session() as session:
                session.add_all(self._row(update_id, body, now) for update_id, body in bodies.items())
        except IntegrityError:
            # One is there already (crossed off before it was written): the others one by one.
            with self._registry.session() as session:
                there = set(
                    session.scalars(
                        select(BotInboxUpdate.update_id).where(
                            BotInboxUpdate.bot_id == self._bot_id, BotInboxUpdate.update_id.in_(list(bodies))
                        )
                    )
                )
                session.add_all(self._row(i, body, now) for i, body in bodies.items() if i not in there)

    def _handled(self, update_id: int) -> None:
        now = self._clock()
        with self._registry.session() as session:
            crossed = session.execute(
                update(BotInboxUpdate)
                .where(BotInboxUpdate.bot_id == self._bot_id, BotInboxUpdate.update_id == update_id)
                .values(body=None, handled_at=now)
            ).rowcount
            if not crossed:  # handled before its batch was written: the batch then leaves it as it is
                session.add(self._row(update_id, None, now))
            if self._purged_at is None or now - self._purged_at >= PURGE_EVERY:
                self._purge(session, now)

    def _purge(self, session: Session, now: datetime) -> None:
        session.execute(delete(BotInboxUpdate).where(BotInboxUpdate.handled_at <= now - HANDLED_KEPT))
        self._purged_at = now

    def _opened(self) -> tuple[list[str], set[int]]:
        with self._registry.session() as session:
            self._purge(session, self._clock())
            mine = BotInboxUpdate.bot_id == self._bot_id
            waiting = session.scalars(
                select(BotInboxUpdate.body).where(mine, BotInboxUpdate.handled_at.is_(None)).order_by(BotInboxUpdate.update_id)
            )
            recent = session.scalars(
                select(BotInboxUpdate.update_id).where(mine).order_by(BotInboxUpdate.update_id.desc()).limit(RECENT_IDS)
            )
            return list(waiting), set(recent)


class InboxQueue(asyncio.Queue):
    """The application's update queue, which keeps what it was given for the inbox (see the module)."""

    def __init__(self) -> None:
        super().__init__()
        self.inbox: Inbox | None = None
        self._known: set[int] = set()  # taken by an earlier run of the bot: not handled twice
        self._unwritten: list[Update] = []

    async def open(self, inbox: Inbox, bot: Bot) -> int:
        """Use ``inbox`` from now on, and queue first what it still holds (before polling starts); how many."""
        try:
            waiting, self._known = await inbox.opened(bot)
        except Exception as error:  # the bot still serves; what the inbox held waits for a later start
            logger.error("The inbox could not be read, its updates are not handled now: %r", error)
            waiting = []
        for update_ in waiting:
            await super().put(update_)
        self.inbox = inbox
        return len(waiting)

    async def put(self, item: Any) -> None:
        """Queue ``item``, and keep it for the inbox; an update an earlier run took is not queued again."""
        if isinstance(item, Update) and self.inbox is not None:
            if item.update_id in self._known:
                logger.info("Update %s came again: taken before, not handled twice", item.update_id)
                return
            self._unwritten.append(item)
        await super().put(item)

    async def write(self) -> None:
        """Write to the inbox what was queued since the last write (before a getUpdates confirms it)."""
        batch, self._unwritten = self._unwritten, []
        if not batch or self.inbox is None:
            return
        try:
            await self.inbox.take(batch)
        except Exception as error:  # handled all the same: only a bot killed before answering them loses them
            logger.warning("%d updates could not be written to the inbox: %r", len(batch), error)

    async def handled(self, update_: object) -> None:
        """Cross ``update_`` off the inbox (a failure only risks its answer coming twice after a restart)."""
        if not isinstance(update_, Update) or self.inbox is None:
            return
        try:
            await self.inbox.handled(update_.update_id)
        except Exception as error:
            logger.warning("Update %s could not be crossed off the inbox: %r", update_.update_id, error)

    def close(self) -> None:
        """Let go of the inbox's connections."""
        if self.inbox is not None:
            self.inbox.close()


class FlushingRequest(BaseRequest):
    """getUpdates' connection (ApplicationBuilder's ``get_updates_request``): before each call, which confirms
    every update fetched so far, ``before`` (``InboxQueue.write``) makes them durable."""

    def __init__(self, inner: BaseRequest, before: Callable[[], Awaitable[None]]) -> None:
        self._inner = inner
        self._before = before

    @property
    def read_timeout(self) -> float | None:
        return self._inner.read_timeout

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """Write what came before, then make the call."""
        await self._before()
        return await self._inner.do_request(*args, **kwargs)
