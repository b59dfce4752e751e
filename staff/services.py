"""What the staff application talks to, built once at start-up from the settings."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from hirfa.office_hours import OfficeHours
from hirfa.settings import Settings
from registry.db import Registry
from staff.rasa_api import RasaAdmin
from staff.telegram import Messenger
from staff.tracker import TrackerStore


@dataclass
class Services:
    """The registry database, Rasa's conversation store and HTTP API, and the Telegram Bot API."""

    settings: Settings
    registry: Registry
    tracker: TrackerStore
    rasa: RasaAdmin
    messenger: Messenger
    office_hours: OfficeHours

    @classmethod
    def from_settings(cls, settings: Settings) -> Services:
        return cls(
            settings=settings,
            registry=Registry.from_url(settings.database_url),
            tracker=TrackerStore(settings.tracker_store_url),
            rasa=RasaAdmin(settings.rasa_url, settings.rasa_token, settings.request_timeout),
            messenger=Messenger(settings.telegram_bot_token, settings.telegram_api_base_url),
            office_hours=OfficeHours.parse(settings.office_hours),
        )


def services() -> Services:
    """The running application's services."""
    return current_app.extensions["hirfa"]
