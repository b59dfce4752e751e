"""The ministry's news: a Telegram user asks for it with one button, and stops it with one button."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.registry_access import registry
from outreach import subscriptions
from registry import queries

# Slots that held a city or a trade the user gave during the conversation (forms clear them when done).
CITY_SLOTS = ("request_city", "office_city")
TRADE_SLOTS = ("request_trade",)


def _channel(tracker: Tracker) -> str | None:
    """The channel the latest message came through, as the bot (or the console) names it in the metadata."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return (event.get("metadata") or {}).get("channel")
    return None


def said_lately(events: list[dict[str, Any]], slots: tuple[str, ...], entity: str) -> list[str]:
    """The values the conversation gave for ``slots`` or the ``entity``, newest first (the window Rasa loaded)."""
    found = []
    for event in reversed(events):
        if event.get("event") == "slot" and event.get("name") in slots and isinstance(event.get("value"), str):
            found.append(event["value"])
        elif event.get("event") == "user":
            found += [
                str(e["value"])
                for e in (event.get("parse_data") or {}).get("entities") or []
                if e.get("entity") == entity and e.get("value")
            ]
    return found


def _place_and_trade(tracker: Tracker) -> tuple[str | None, str | None]:
    """The region of the latest city the user named that the registry knows, and the latest known trade."""
    with registry().session() as session:
        region = next(
            (
                city.region_code
                for name in said_lately(tracker.events, CITY_SLOTS, "city")
                if (city := queries.city_by_name(session, name)) is not None
            ),
            None,
        )
        trade = next(
            (
                code
                for code in said_lately(tracker.events, TRADE_SLOTS, "craft")
                if queries.trade_by_code(session, code) is not None
            ),
            None,
        )
    return region, trade


class ActionSubscribeNews(Action):
    """Subscribe this Telegram chat to the ministry's news, with its language, region and trade when known."""

    def name(self) -> str:
        return "action_subscribe_news"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        if not subscriptions.is_telegram_chat(tracker.sender_id, _channel(tracker)):
            dispatcher.utter_message(response="utter_news_telegram_only")
            return []
        region, trade = _place_and_trade(tracker)
        with registry().session() as session:
            subscriptions.subscribe(
                session,
                tracker.sender_id,
                tracker.get_slot("language") or "",
                region,
                trade,
                dt.datetime.now(dt.timezone.utc),
            )
        dispatcher.utter_message(response="utter_news_subscribed")
        return []


class ActionStopNews(Action):
    """Stop the news for this chat in one press, and say so kindly (also when there was nothing to stop)."""

    def name(self) -> str:
        return "action_stop_news"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        with registry().session() as session:
            subscriptions.stop(session, tracker.sender_id)
        dispatcher.utter_message(response="utter_news_stopped")
        return []
