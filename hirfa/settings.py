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
    # HIRFA_ANSWER_TIMEOUT: how long the Telegram bot waits for a slow answer before saying it did not come.
    answer_timeout: float = 120.0
    # HIRFA_SLOW_NOTICE_SECONDS: after this long without an answer, the bot says it is on its way.
    slow_notice_seconds: float = 5.0
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
    # HIRFA_DATA_KEY: Fernet key(s) encrypting CIN and phone numbers in the registry, newest first,
    # comma-separated (`make run` makes one; required wherever requests are written or read).
    data_key: str = ""
    channel_token: str = ""  # HIRFA_CHANNEL_TOKEN (the REST channel's shared token; empty: not checked)
    actions_token: str = ""  # HIRFA_ACTIONS_TOKEN (Rasa's token for the action server; empty: not checked)
    actions_port: int = 5055  # HIRFA_ACTIONS_PORT (where `hirfa actions` listens)
    # HIRFA_OFFICE_HOURS: when people answer at the help desk, Africa/Casablanca time.
    office_hours: str = "mon-fri 08:30-16:30"
    stale_months: int = 12  # HIRFA_STALE_MONTHS (an answer not verified for this long is shown as stale)
    redis_url: str = ""  # HIRFA_REDIS_URL (what bot instances share; empty: in the one bot's memory)
    outreach_rate: float = 25.0  # HIRFA_OUTREACH_RATE (messages a second the scheduler sends, in all)

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
        for name, variable in (
            ("telegram_webhook_port", "TELEGRAM_WEBHOOK_PORT"),
            ("web_port", "HIRFA_WEB_PORT"),
            ("actions_port", "HIRFA_ACTIONS_PORT"),
        ):
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
        if "outreach_rate" in values:
            try:
                values["outreach_rate"] = float(values["outreach_rate"])
            except ValueError as error:
                raise SettingsError(f"HIRFA_OUTREACH_RATE must be a number of messages a second: {error}") from None
            if not 0 < values["outreach_rate"] <= 30:
                raise SettingsError("HIRFA_OUTREACH_RATE must be above 0 and at most 30 (Telegram's limit)")
        for name in ("request_timeout", "answer_timeout", "slow_notice_seconds"):
            if name in values:
                try:
                    values[name] = float(values[name])
                except ValueError as error:
                    raise SettingsError(f"HIRFA_{name.upper()} must be a number of seconds: {error}") from None
                if values[name] <= 0:
                    raise SettingsError(f"HIRFA_{name.upper()} must be more than 0 seconds")
        settings = cls(**values)
        if settings.telegram_webhook_url and not settings.telegram_webhook_secret:
            raise SettingsError(
                "TELEGRAM_WEBHOOK_SECRET must be set with TELEGRAM_WEBHOOK_URL (1-256 of A-Z a-z 0-9 _ -)"
            )
        try:
            OfficeHours.parse(settings.office_hours)
        except ValueError as error:
            raise SettingsError(f"HIRFA_OFFICE_HOURS: {error}") from None
        if settings.data_key and not _fernet_keys(settings.data_key):
            raise SettingsError("HIRFA_DATA_KEY must be Fernet keys (32 url-safe base64 bytes), comma-separated")
        if settings.default_language not in REPLY_LANGUAGES:
            raise SettingsError(f"HIRFA_DEFAULT_LANGUAGE must be one of {', '.join(REPLY_LANGUAGES)}")
        return settings


def _fernet_keys(value: str) -> bool:
    """Whether ``value`` holds one or more comma-separated Fernet keys."""
    import base64
    import binascii

    for key in value.split(","):
        try:
            if len(base64.urlsafe_b64decode(key.strip().encode())) != 32:
                return False
        except (binascii.Error, ValueError):
            return False
    return True
