"""Configuration from the environment, read once at start-up into a frozen object."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

from hirfa.languages import REPLY_LANGUAGES
from hirfa.office_hours import OfficeHours


class SettingsError(ValueError):
    """An environment variable holds a value the assistant cannot use."""


@dataclass(frozen=True)
class Settings:
    """Every setting, its environment variable and its default (see README)."""

    rasa_url: str = "http://localhost:5005"  # HIRFA_RASA_URL
    database_url: str = "sqlite:///var/hirfa.db"  # HIRFA_DATABASE_URL
    tracker_db: str = "var/tracker.db"  # HIRFA_TRACKER_DB (Rasa's SQLite conversation store)
    # HIRFA_TRACKER_URL: SQLAlchemy URL of Rasa's conversation store when it is not the SQLite file (PostgreSQL).
    tracker_url: str = ""
    default_language: str = "ary"  # HIRFA_DEFAULT_LANGUAGE
    request_timeout: float = 30.0  # HIRFA_REQUEST_TIMEOUT (seconds)
    telegram_bot_token: str = ""  # TELEGRAM_BOT_TOKEN
    telegram_api_base_url: str = "https://api.telegram.org/bot"  # TELEGRAM_API_BASE_URL
    telegram_webhook_url: str = ""  # TELEGRAM_WEBHOOK_URL (empty: polling)
    telegram_webhook_secret: str = ""  # TELEGRAM_WEBHOOK_SECRET (required with a webhook URL)
    telegram_webhook_port: int = 8443  # TELEGRAM_WEBHOOK_PORT (where the bot listens for Telegram)
    telegram_webhook_listen: str = "0.0.0.0"  # TELEGRAM_WEBHOOK_LISTEN (the address it listens on)
    web_port: int = 8000  # HIRFA_WEB_PORT (the staff web application, on 127.0.0.1)
    secret_key: str = ""  # HIRFA_SECRET_KEY (signs the staff app's sessions; `make run` makes one)
    rasa_token: str = ""  # HIRFA_RASA_TOKEN (Rasa's HTTP API token, for the staff app's take-over)
    # HIRFA_HASH_KEY: keys the hashes that count status-lookup misses (`make run` makes one).
    hash_key: str = ""
    channel_token: str = ""  # HIRFA_CHANNEL_TOKEN (the REST channel's shared token; empty: not checked)
    # HIRFA_OFFICE_HOURS: when people answer at the help desk, Africa/Casablanca time.
    office_hours: str = "mon-fri 08:30-16:30"
    stale_months: int = 12  # HIRFA_STALE_MONTHS (an answer not verified for this long is shown as stale)
    redis_url: str = ""  # HIRFA_REDIS_URL (what bot instances share; empty: in the one bot's memory)

    @property
    def tracker_store_url(self) -> str:
        """SQLAlchemy URL of Rasa's conversation store."""
        return self.tracker_url or f"sqlite:///{self.tracker_db}"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read the settings from ``environ`` (the process environment by default)."""
        env = os.environ if environ is None else environ
        values = {}
        for field in fields(cls):
            name = field.name.upper() if field.name.startswith("telegram") else f"HIRFA_{field.name.upper()}"
            if name in env and env[name] != "":
                values[field.name] = env[name]
        for name, variable in (("telegram_webhook_port", "TELEGRAM_WEBHOOK_PORT"), ("web_port", "HIRFA_WEB_PORT")):
            if name in values:
                try:
                    values[name] = int(values[name])
                except ValueError as error:
                    raise SettingsError(f"{variable} must be a port number: {error}") from None
        if "stale_months" in values:
            try:
                values["stale_months"] = int(values["stale_months"])
            except ValueError as error:
                raise SettingsError(f"HIRFA_STALE_MONTHS must be a number of months: {error}") from None
            if values["stale_months"] < 1:
                raise SettingsError("HIRFA_STALE_MONTHS must be at least 1")
        if "request_timeout" in values:
            try:
                values["request_timeout"] = float(values["request_timeout"])
            except ValueError as error:
                raise SettingsError(f"HIRFA_REQUEST_TIMEOUT must be a number of seconds: {error}") from None
        settings = cls(**values)
        if settings.telegram_webhook_url and not settings.telegram_webhook_secret:
            raise SettingsError(
                "TELEGRAM_WEBHOOK_SECRET must be set with TELEGRAM_WEBHOOK_URL (1-256 of A-Z a-z 0-9 _ -)"
            )
        try:
            OfficeHours.parse(settings.office_hours)
        except ValueError as error:
            raise SettingsError(f"HIRFA_OFFICE_HOURS: {error}") from None
        if settings.default_language not in REPLY_LANGUAGES:
            raise SettingsError(f"HIRFA_DEFAULT_LANGUAGE must be one of {', '.join(REPLY_LANGUAGES)}")
        return settings
