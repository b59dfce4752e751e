"""The polling bot's inbox: every update is written down before Telegram is told it arrived, and crossed off
once handled, so that a bot killed mid-answer answers it after its restart.

Why: getUpdates confirms every update below its offset, and python-telegram-bot asks for the next batch as
soon as it has queued the last one, long before those are answered. Without a record, an update in flight when
the bot is killed is gone: Telegram never gives it again. The Updater awaits the queue's ``put`` for each
update before it asks for more, so writing the update there makes it durable before it is confirmed. (A
webhook bot needs none of this: Telegram delivers an update again until the webhook answered it, and ours
answers once the update is handled.)

What is kept: the update as Telegram sent it, sealed with the data key (registry/personal_data.py: a message
may hold a CIN typed into the form), until it is handled; then its id alone, for a day, so that an update that
Telegram gives again (handled, but its confirmation never reached Telegram) is not answered twice. Rasa
answers a replayed update it had already answered from that first answer (rasa_plugins/handled_updates.py),
so the conversation runs once. What is left: a bot killed between Telegram accepting an answer and the update
being crossed off (a database write) sends that answer again after its restart.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from telegram import Bot, Update

from registry.db import Registry
from registry.models import BotInboxUpdate
from registry.types import utc_now

logger = logging.getLogger(__name__)

HANDLED_KEPT = timedelta(days=1)  # Telegram gives an unconfirmed update again for a day at most
PURGE_EVERY = timedelta(hours=1)  # how often crossing off also forgets the ids handled a day ago


class Inbox:
    """The updates of one bot, in the registry's ``bot_inbox``; the blocking calls run in a thread."""

    def __init__(self, registry: Registry, bot_id: int, clock: Callable[[], datetime] = utc_now) -> None:
        self._registry = registry
        self._bot_id = bot_id
        self._clock = clock
        self._purged_at: datetime | None = None

    async def take(self, update: Update) -> bool:
        """Write ``update`` down; False when it is known already (waiting, or handled): not to be queued again."""
        body = json.dumps(update.to_dict(), ensure_ascii=False)
        return await asyncio.to_thread(self._take, update.update_id, body)

    async def handled(self, update_id: int) -> None:
        """Cross ``update_id`` off: its body goes, its id stays a day."""
        await asyncio.to_thread(self._handled, update_id)

    async def waiting(self, bot: Bot) -> list[Update]:
        """The updates taken but not handled, oldest first; the ids handled more than a day ago are forgotten."""
        bodies = await asyncio.to_thread(self._waiting)
        return [Update.de_json(json.loads(body), bot) for body in bodies]

    def close(self) -> None:
        """Let go of the database's connections."""
        self._registry.dispose()

    def _take(self, update_id: int, body: str) -> bool:
        try:
            with self._registry.session() as session:
                session.add(
                    BotInboxUpdate(bot_id=self._bot_id, update_id=update_id, body=body, taken_at=self._clock())
                )
        except IntegrityError:
            return False
        return True

    def _handled(self, update_id: int) -> None:
        now = self._clock()
        with self._registry.session() as session:
            session.execute(
                update(BotInboxUpdate)
                .where(BotInboxUpdate.bot_id == self._bot_id, BotInboxUpdate.update_id == update_id)
                .values(body=None, handled_at=now)
            )
            if self._purged_at is None or now - self._purged_at >= PURGE_EVERY:
                self._purge(session, now)

    def _purge(self, session: Session, now: datetime) -> None:
        session.execute(delete(BotInboxUpdate).where(BotInboxUpdate.handled_at <= now - HANDLED_KEPT))
        self._purged_at = now

    def _waiting(self) -> list[str]:
        with self._registry.session() as session:
            self._purge(session, self._clock())
            return list(
                session.scalars(
                    select(BotInboxUpdate.body)
                    .where(BotInboxUpdate.bot_id == self._bot_id, BotInboxUpdate.handled_at.is_(None))
                    .order_by(BotInboxUpdate.update_id)
                )
            )


class InboxQueue(asyncio.Queue):
    """The application's update queue: an update enters it only once it is in the inbox (see the module)."""

    def __init__(self) -> None:
        super().__init__()
        self.inbox: Inbox | None = None

    async def open(self, inbox: Inbox, bot: Bot) -> int:
        """Use ``inbox`` from now on, and queue first what it still holds (before polling starts); how many."""
        try:
            waiting = await inbox.waiting(bot)
        except Exception as error:  # the bot still serves; what the inbox held waits for a later start
            logger.error("The inbox could not be read, its updates are not handled now: %r", error)
            waiting = []
        for update_ in waiting:
            await super().put(update_)
        self.inbox = inbox
        return len(waiting)

    async def put(self, item: Any) -> None:
        """Queue ``item`` once it is written down; an update the inbox knows already is not queued again."""
        if isinstance(item, Update) and self.inbox is not None:
            try:
                if not await self.inbox.take(item):
                    logger.info("Update %s came again: taken before, not handled twice", item.update_id)
                    return
            except Exception as error:  # handled all the same: only a bot killed before answering it loses it
                logger.warning("Update %s could not be written to the inbox: %r", item.update_id, error)
        await super().put(item)

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
