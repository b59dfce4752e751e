"""The reply languages, and what a platform's language code suggests."""

from __future__ import annotations

REPLY_LANGUAGES = ("ar", "ary", "fr")
# Telegram's language_code is the phone's language: Moroccan phones set to Arabic are
# answered in Darija, the language people speak.
LANGUAGE_OF_PLATFORM_CODE = {"ar": "ary", "ary": "ary", "fr": "fr"}


def platform_language(code: str | None) -> str | None:
    """Reply language suggested by a platform language code such as ``fr-FR``."""
    if not code:
        return None
    return LANGUAGE_OF_PLATFORM_CODE.get(code.split("-")[0].lower())
