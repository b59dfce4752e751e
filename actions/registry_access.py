"""What the actions share: the registry database (one engine per process) and the settings, read on first use."""

from __future__ import annotations

from functools import lru_cache

from hirfa.languages import REPLY_LANGUAGES
from hirfa.office_hours import OfficeHours
from hirfa.settings import Settings
from registry.db import Registry


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The settings from the environment, read once."""
    return Settings.from_env()


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The registry at HIRFA_DATABASE_URL."""
    return Registry.from_url(settings().database_url)


@lru_cache(maxsize=1)
def office_hours() -> OfficeHours:
    """When the help desk answers (HIRFA_OFFICE_HOURS)."""
    return OfficeHours.parse(settings().office_hours)


def localised(record: object, language: str | None) -> str:
    """A record's name in the reply language: name_ary where it has one, else Arabic for Darija, else French."""
    language = language if language in REPLY_LANGUAGES else "ary"
    for attribute in (f"name_{language}", "name_ar" if language == "ary" else "name_fr"):
        value = getattr(record, attribute, None)
        if value:
            return value
    return getattr(record, "name", "") or ""
