"""Loading the compiled Babel catalogs and formatting values for each reply language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_decimal
from babel.support import Translations

from hirfa.languages import REPLY_LANGUAGES

RTL_LANGUAGES = frozenset({"ar", "ary"})
# Darija has no number or date conventions of its own in CLDR: it writes them as Moroccan Arabic.
FORMAT_LOCALES = {"ar": "ar_MA", "ary": "ar_MA", "fr": "fr_MA"}
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"


class MissingCatalog(RuntimeError):
    """A reply language has no compiled catalog: run `make i18n` (or `make run`)."""


def load_catalogs(locales_dir: Path = LOCALES_DIR) -> dict[str, Translations]:
    """Load every reply language's compiled catalog, failing loudly if one is missing."""
    catalogs = {}
    for language in REPLY_LANGUAGES:
        mo = locales_dir / language / "LC_MESSAGES" / "messages.mo"
        if not mo.exists():
            raise MissingCatalog(f"{mo} is missing; compile the catalogs with `make i18n`")
        with mo.open("rb") as handle:
            catalogs[language] = Translations(handle, domain="messages")
    return catalogs


def format_value(value: object, language: str, name: str = "") -> str:
    """Render a placeholder value as the reply language writes it.

    ``*_date`` values are ISO dates; years (``year``, ``*_year``) are written without grouping.
    """
    if (name == "year" or name.endswith("_year")) and isinstance(value, int):
        return str(value)
    if name.endswith("_date") and isinstance(value, str) and value:
        return format_date(dt.date.fromisoformat(value), format="long", locale=FORMAT_LOCALES[language])
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, (int, float)):
        return format_decimal(value, locale=FORMAT_LOCALES[language])
    return str(value)
