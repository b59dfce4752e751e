"""The problems the content and announcement checks find (registry.problems), said in the staff interface's
language: one sentence per problem code, the field named as the import file names it, translated.

The English sentences of registry.problems are for the command line and the logs; this table is the staff
app's own, so each code is said here whatever the English says (tests/staff/test_problem_text.py checks that
the two tables name the same codes).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from registry.problems import NO_TOPIC, Problem

# The field as the import file names it (editors know these names from it), said in the interface's language.
FIELDS = {
    "title": _l("title"),
    "topic": _l("topic"),
    "status": _l("status"),
    "reference": _l("reference"),
    "verified_on": _l("verified_on"),
    "text": _l("text"),
    "source": _l("source"),
    "values": _l("values"),
    "regions": _l("regions"),
    "trades": _l("trades"),
    "languages": _l("languages"),
    "send_at": _l("send_at"),
}
# Statuses a sentence names (a content version's, an announcement's), with the words their badges use.
STATUSES = {
    "draft": _l("draft"),
    "in_review": _l("in review"),
    "published": _l("published"),
    "scheduled": _l("scheduled"),
    "sending": _l("sending"),
    "done": _l("sent"),
    "cancelled": _l("stopped"),
}
_STATUS_VALUES = ("status", "expected")
# Problem code → what is wrong, filled with the problem's values.
SENTENCES = {
    "required": _l("is required"),
    "reference_required": _l("is required (where the facts come from, for editors)"),
    "missing_or_empty": _l("is missing or empty"),
    "too_long": _l("is longer than %(number)s characters"),
    "one_line": _l("must be one line"),
    "control_character": _l("contains the invisible character %(code)s"),
    "bad_date": _l("%(value)s is not a date written YYYY-MM-DD"),
    "bad_topic": _l("%(value)s must be lower-case words joined by dots (e.g. amo.cost.no_tax)"),
    "bad_status": _l("%(value)s must be one of %(choices)s"),
    "reserved_topic": _l("cannot be called “new”"),
    "given_twice": _l("is given more than once"),
    "already_exists": _l("already exists; edit it instead"),
    "text_per_language": _l("must give a text for each of %(languages)s"),
    "source_per_language": _l("must give the official source users see for each of %(languages)s"),
    "source_names_a_file": _l(
        "%(value)s names a file, a section or an editor's note: users see this line, so name the official "
        "source (a site, an institution, the Bulletin officiel) and keep the rest in the reference"
    ),
    "unknown_language": _l("is not one of %(languages)s"),
    "different_placeholders": _l("the languages use different placeholders (%(detail)s)"),
    "no_value": _l("no value for %(names)s"),
    "unbalanced_braces": _l("unbalanced braces: write {{ and }} for a brace shown as such"),
    "placeholder_not_a_name": _l("placeholder %(name)s must be a name (letters, digits and _)"),
    "placeholder_format": _l("placeholder %(name)s must not carry a format or conversion"),
    "longer_than_a_message": _l(
        "%(number)s characters with its values, its source and the line that dates it: more than one "
        "Telegram message (%(most)s)"
    ),
    "values_not_a_mapping": _l('must map placeholder names to values (e.g. {"amount": 135})'),
    "not_a_placeholder_name": _l("%(value)s is not a placeholder name (letters, digits and _)"),
    "not_text_or_number": _l("%(value)s must be text or a number"),
    "not_json": _l("is not JSON"),
    "unknown_codes": _l("unknown %(codes)s"),
    "in_the_past": _l("is in the past"),
    "cannot_change": _l("a %(status)s announcement cannot be changed"),
    "cannot_schedule": _l("a %(status)s announcement cannot be scheduled"),
    "cannot_cancel": _l("a %(status)s announcement cannot be cancelled"),
    "no_such_version": _l("there is no version %(version)s"),
    "wrong_status": _l("version %(version)s is “%(status)s”, not “%(expected)s”"),
    "nothing_changed": _l("nothing changed since version %(version)s"),
    "author_cannot_approve": _l("version %(version)s: another editor must approve it, not its author"),
    "newer_published": _l("version %(version)s, newer, is already published"),
    "note_required": _l("version %(version)s: say what to change (a note is required)"),
    "note_too_long": _l("version %(version)s: the note is longer than %(number)s characters"),
    "never_published": _l("version %(version)s was never published: open it and submit it for review instead"),
    "already_says_this": _l("version %(version)s, published, already says this"),
}


def sentence(code: str, values: Mapping[str, str]) -> str:
    """What problem ``code`` says, in the interface's language, filled with ``values``."""
    shown = {
        name: str(STATUSES[value]) if name in _STATUS_VALUES and value in STATUSES else value
        for name, value in values.items()
    }
    return str(SENTENCES[code]) % shown


def field_name(field: str) -> str:
    """``text.ar`` as the interface says it: the field translated, the language (or value name) as it is."""
    name, dot, rest = field.partition(".")
    return str(FIELDS.get(name, name)) + dot + rest


def translated(problem: Problem) -> str:
    """``problem`` in the interface's language: ``topic: field: what is wrong``, without what it lacks."""
    text = sentence(problem.code, problem.values)
    label = problem.label if problem.label != NO_TOPIC else None
    if problem.field and label:
        return _("%(label)s: %(field)s: %(problem)s", label=label, field=field_name(problem.field), problem=text)
    if problem.field:
        return _("%(field)s: %(problem)s", field=field_name(problem.field), problem=text)
    if label:
        return _("%(label)s: %(problem)s", label=label, problem=text)
    return text


def all_translated(problems: Iterable[Problem]) -> list[str]:
    """Each of ``problems`` in the interface's language."""
    return [translated(problem) for problem in problems]
