"""Who asked for the ministry's news, and which of them an announcement targets.

A subscription is one Telegram chat with its reply language and, when the conversation told them,
the region (from the city the user gave, through the registry's cities → regions) and the trade.
"Stop news" deletes the row: nothing is kept about someone who left. A chat that blocked the bot
stays, marked ``blocked``, so that no announcement is tried there again until the user subscribes anew.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from hirfa.languages import REPLY_LANGUAGES
from registry.models import NewsSubscription
from registry.types import as_utc


class NotATelegramChat(ValueError):
    """Only a Telegram private chat can get news: the console, the REST tests and the staff's tries cannot."""


def is_telegram_chat(sender_id: str, channel: str | None) -> bool:
    """Whether a conversation is a Telegram private chat (the bot sends its chat id and ``channel: telegram``)."""
    return channel == "telegram" and sender_id.isdigit()


def subscribe(
    session: Session,
    chat_id: str,
    language: str,
    region_code: str | None,
    trade_code: str | None,
    now: datetime,
) -> NewsSubscription:
    """Subscribe ``chat_id`` (again): the language, region and trade are the latest known; a block is lifted,
    since the user writing to the bot means they unblocked it."""
    if not chat_id.isdigit():
        raise NotATelegramChat(chat_id)
    now = as_utc(now)
    language = language if language in REPLY_LANGUAGES else REPLY_LANGUAGES[1]
    row = session.get(NewsSubscription, chat_id)
    if row is None:
        row = NewsSubscription(chat_id=chat_id, subscribed_at=now)
        session.add(row)
    row.language = language
    # What the conversation does not tell this time stays as it was known before.
    row.region_code = region_code or row.region_code
    row.trade_code = trade_code or row.trade_code
    row.status = "active"
    row.blocked_at = None
    row.updated_at = now
    session.flush()
    return row


def stop(session: Session, chat_id: str) -> bool:
    """Delete the subscription of ``chat_id``; whether there was one. Deliveries not yet made are skipped
    when their turn comes (the sender checks the subscription first)."""
    return bool(
        session.execute(sa.delete(NewsSubscription).where(NewsSubscription.chat_id == chat_id)).rowcount
    )


def mark_blocked(session: Session, chat_id: str, now: datetime) -> None:
    """The user blocked the bot (Telegram answered 403): never try this chat again until they subscribe anew."""
    session.execute(
        sa.update(NewsSubscription)
        .where(NewsSubscription.chat_id == chat_id)
        .values(status="blocked", blocked_at=as_utc(now), updated_at=as_utc(now))
    )


@dataclass(frozen=True)
class Target:
    """Which subscribers an announcement reaches; an empty set means "all" for that criterion.

    A subscriber whose region (or trade) is unknown is not in a targeted region (or trade): the ministry's
    news for Fès must not reach someone we cannot place.
    """

    regions: frozenset[str] = frozenset()
    trades: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, regions: Iterable[str] = (), trades: Iterable[str] = (), languages: Iterable[str] = ()
    ) -> Target:
        return cls(frozenset(regions), frozenset(trades), frozenset(languages))

    def condition(self) -> sa.sql.ColumnElement:
        """The WHERE clause on news_subscriptions for the active subscribers this target reaches."""
        clauses = [NewsSubscription.status == "active"]
        if self.regions:
            clauses.append(NewsSubscription.region_code.in_(sorted(self.regions)))
        if self.trades:
            clauses.append(NewsSubscription.trade_code.in_(sorted(self.trades)))
        if self.languages:
            clauses.append(NewsSubscription.language.in_(sorted(self.languages)))
        return sa.and_(*clauses)

    def reaches(self, subscription: NewsSubscription) -> bool:
        """The same test as ``condition`` for one row in memory."""
        return (
            subscription.status == "active"
            and (not self.regions or subscription.region_code in self.regions)
            and (not self.trades or subscription.trade_code in self.trades)
            and (not self.languages or subscription.language in self.languages)
        )


def count_matching(session: Session, target: Target) -> int:
    """How many subscribers ``target`` reaches now."""
    return session.scalar(sa.select(sa.func.count()).select_from(NewsSubscription).where(target.condition()))


def totals(session: Session) -> dict[str, int]:
    """Subscriptions by status, for the announcements page."""
    rows = session.execute(
        sa.select(NewsSubscription.status, sa.func.count()).group_by(NewsSubscription.status)
    ).all()
    return {"active": 0, "blocked": 0, **{status: count for status, count in rows}}
