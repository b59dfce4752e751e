"""What the content and announcement checks find wrong, as codes with their pieces, not as sentences.

A problem names its kind (``code``), the field it is about (as the import file names it: ``text.ar``,
``values.amount``) and the record it belongs to (``label``, a topic). The command line and the logs read
it in English, from the one table below; the staff app says it in the editor's language from its own
table of the same codes (staff/problem_text.py), so a reworded English sentence changes nothing there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

NO_TOPIC = "(no topic)"  # the label of a record without a topic, in the English a log reads

# code → what is wrong, in English, filled with the problem's values (%-style, as the staff msgids are).
ENGLISH: Mapping[str, str] = {
    # a field
    "required": "is required",
    "reference_required": "is required (where the facts come from, for editors)",
    "missing_or_empty": "is missing or empty",
    "too_long": "is longer than %(number)s characters",
    "one_line": "must be one line",
    "control_character": "contains the control character %(code)s",
    "bad_date": "%(value)s is not a date written YYYY-MM-DD",
    "bad_topic": "%(value)s must be lower-case words joined by dots (e.g. amo.cost.no_tax)",
    "bad_status": "%(value)s must be one of %(choices)s",
    "reserved_topic": 'cannot be called "new"',
    "given_twice": "is given more than once",
    "already_exists": "already exists; edit it instead",
    # per language
    "text_per_language": "must give a text for each of %(languages)s",
    "source_per_language": (
        "must give the official source users see for each of %(languages)s "
        '(e.g. fr: "CNSS — www.macnss.ma"); notes for editors go in reference'
    ),
    "source_names_a_file": (
        "%(value)s names a file, a section or an editor's note: users see this line, so name the official "
        "source (a site, an institution, the Bulletin officiel) and keep the rest in reference"
    ),
    "unknown_language": "is not one of %(languages)s",
    # placeholders and their values
    "different_placeholders": "the languages use different placeholders (%(detail)s)",
    "no_value": "no value for %(names)s",
    "unbalanced_braces": "unbalanced braces (%(detail)s); write {{ and }} for literal ones",
    "placeholder_not_a_name": "placeholder %(name)s must be a name (letters, digits and _)",
    "placeholder_format": "placeholder %(name)s must not carry a format or conversion",
    "longer_than_a_message": (
        "%(number)s characters with its values, its source and the line that dates it, "
        "more than one Telegram message (%(most)s)"
    ),
    "values_not_a_mapping": 'must map placeholder names to values (in CSV, a JSON object: {"amount": 135})',
    "not_a_placeholder_name": "%(value)s is not a placeholder name (letters, digits and _)",
    "not_text_or_number": "%(value)s must be text or a number",
    "not_json": "is not JSON (%(detail)s)",
    # announcements
    "unknown_codes": "unknown %(codes)s",
    "in_the_past": "is in the past",
    "cannot_change": "a %(status)s announcement cannot be changed",
    "cannot_schedule": "a %(status)s announcement cannot be scheduled",
    "cannot_cancel": "a %(status)s announcement cannot be cancelled",
    # the review of content versions
    "no_such_version": "there is no version %(version)s",
    "wrong_status": "version %(version)s is %(status)s, not %(expected)s",
    "nothing_changed": "nothing changed since version %(version)s",
    "author_cannot_approve": "version %(version)s: another editor must approve it, not its author",
    "newer_published": "version %(version)s, newer, is already published",
    "note_required": "version %(version)s: say what to change (a note is required)",
    "note_too_long": "version %(version)s: the note is longer than %(number)s characters",
    "never_published": (
        "version %(version)s was never published; open it and submit it for review instead"
    ),
    "already_says_this": "version %(version)s, published, already says this",
}
CODES = frozenset(ENGLISH)


@dataclasses.dataclass(frozen=True)
class Problem:
    """One thing wrong: its ``code`` (a key of ENGLISH), the ``field`` and the record's ``label`` it is
    about (either may be None), and the ``values`` its sentence names (already as text)."""

    code: str
    field: str | None = None
    label: str | None = None
    values: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown problem code {self.code!r}")

    def english(self) -> str:
        """The problem as the command line and the logs say it: ``label: field: what is wrong``."""
        text = ENGLISH[self.code] % dict(self.values)
        return ": ".join(part for part in (self.label, self.field, text) if part)

    def __str__(self) -> str:
        return self.english()


def problem(code: str, field: str | None = None, label: str | None = None, /, **values: Any) -> Problem:
    """A Problem whose values are given as keywords, each kept as the text its sentence shows."""
    return Problem(code, field, label, {name: str(value) for name, value in values.items()})


def without_label(problems: list[Problem]) -> list[Problem]:
    """``problems`` not naming their record (for a record whose label tells nothing, an announcement's)."""
    return [Problem(p.code, p.field, None, p.values) for p in problems]
