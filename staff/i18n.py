"""The interface language of each staff member (Arabic, right to left, or French) and Babel's formats."""

from __future__ import annotations

from flask import Flask, request, session
from flask_babel import Babel
from flask_login import current_user

from registry.models import STAFF_LANGUAGES

RTL = frozenset({"ar"})
# CLDR's Moroccan locales: dates and numbers as they are written in Morocco.
BABEL_LOCALES = {"ar": "ar_MA", "fr": "fr_MA"}


def interface_language() -> str:
    """``?lang=`` when given (and remembered), else the session's choice, else the member's, else Arabic."""
    asked = request.args.get("lang")
    if asked in STAFF_LANGUAGES:
        session["lang"] = asked
        return asked
    if session.get("lang") in STAFF_LANGUAGES:
        return session["lang"]
    if current_user.is_authenticated:
        return current_user.language
    return STAFF_LANGUAGES[0]


def _locale() -> str:
    return BABEL_LOCALES[interface_language()]


def init_babel(app: Flask, translations: str) -> None:
    """Flask-Babel on the ``staff`` catalogs in ``translations``; Moroccan time."""
    # setdefault: tests may point the app at no catalogs, to read the English source texts.
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", translations)
    app.config.update(BABEL_DOMAIN="staff", BABEL_DEFAULT_TIMEZONE="Africa/Casablanca")
    Babel(app, locale_selector=_locale)

    @app.context_processor
    def language() -> dict[str, object]:
        lang = interface_language()
        return {"lang": lang, "rtl": lang in RTL, "languages": STAFF_LANGUAGES}
