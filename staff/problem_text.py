"""The problems the content checks find (``topic: field: what is wrong``, in English for the import's command
line and logs), said in the staff interface's language: one mechanism for the content and announcement pages.

A problem is read as an optional label (the topic), a field and what is wrong; each known wording is a
pattern whose pieces (a number, a placeholder, codes) go into a translated sentence. A wording not known
here is shown as it is, so that nothing an editor must fix is hidden.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

# The field as the import file names it (editors know these names from it), said in the interface's language.
_FIELDS = {
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
_PROBLEM = re.compile(
    r"(?:(?P<label>[^:\n]+): )?(?P<field>(?:" + "|".join(_FIELDS) + r")(?:\.[\w-]+)?): (?P<text>.*)",
    re.DOTALL,
)
# English wording (as registry/content.py and outreach/announcement_drafts.py write it) → the sentence shown.
_WORDINGS = [
    (
        r"is required \(where the facts come from, for editors\)",
        _l("is required (where the facts come from, for editors)"),
    ),
    (r"is required", _l("is required")),
    (r"is missing or empty", _l("is missing or empty")),
    (r"is longer than (?P<number>\d+) characters", _l("is longer than %(number)s characters")),
    (r"must be one line", _l("must be one line")),
    (
        r"contains the control character (?P<code>U\+[0-9A-F]+)",
        _l("contains the invisible character %(code)s"),
    ),
    (r"(?P<value>.*) is not a date written YYYY-MM-DD", _l("%(value)s is not a date written YYYY-MM-DD")),
    (r"must give a text for each of (?P<languages>.*)", _l("must give a text for each of %(languages)s")),
    (
        r"must give the official source users see for each of (?P<languages>[^ ]+(?:, [^ ,]+)*) .*",
        _l("must give the official source users see for each of %(languages)s"),
    ),
    (
        r"(?P<value>.*) names a file, a section or an editor's note: .*",
        _l(
            "%(value)s names a file, a section or an editor's note: users see this line, so name the official "
            "source (a site, an institution, the Bulletin officiel) and keep the rest in the reference"
        ),
    ),
    (r"is not one of (?P<languages>.*)", _l("is not one of %(languages)s")),
    (
        r"the languages use different placeholders \((?P<detail>.*)\)",
        _l("the languages use different placeholders (%(detail)s)"),
    ),
    (r"no value for (?P<names>.*)", _l("no value for %(names)s")),
    (r"unbalanced braces .*", _l("unbalanced braces: write {{ and }} for a brace shown as such")),
    (
        r"placeholder (?P<name>\{.*\}) must be a name \(letters, digits and _\)",
        _l("placeholder %(name)s must be a name (letters, digits and _)"),
    ),
    (
        r"placeholder (?P<name>\{.*\}) must not carry a format or conversion",
        _l("placeholder %(name)s must not carry a format or conversion"),
    ),
    (
        r"(?P<number>\d+) characters with its values, its source and the line that dates it, more than one "
        r"Telegram message \((?P<most>\d+)\)",
        _l(
            "%(number)s characters with its values, its source and the line that dates it: more than one "
            "Telegram message (%(most)s)"
        ),
    ),
    (
        r"must map placeholder names to values.*",
        _l('must map placeholder names to values (e.g. {"amount": 135})'),
    ),
    (
        r"(?P<value>.*) is not a placeholder name \(letters, digits and _\)",
        _l("%(value)s is not a placeholder name (letters, digits and _)"),
    ),
    (r"(?P<value>.*) must be text or a number", _l("%(value)s must be text or a number")),
    (r"is not JSON \(.*\)", _l("is not JSON")),
    (r"already exists; edit it instead", _l("already exists; edit it instead")),
    (r"unknown (?P<codes>.*)", _l("unknown %(codes)s")),
    (
        r"(?P<value>.*) must be lower-case words joined by dots \(e\.g\. amo\.cost\.no_tax\)",
        _l("%(value)s must be lower-case words joined by dots (e.g. amo.cost.no_tax)"),
    ),
    (r"is in the past", _l("is in the past")),
    (r"a (?P<status>\w+) announcement cannot be changed", _l("a %(status)s announcement cannot be changed")),
    (
        r"a (?P<status>\w+) announcement cannot be scheduled",
        _l("a %(status)s announcement cannot be scheduled"),
    ),
    (
        r"a (?P<status>\w+) announcement cannot be cancelled",
        _l("a %(status)s announcement cannot be cancelled"),
    ),
]
_COMPILED = [(re.compile(pattern, re.DOTALL), sentence) for pattern, sentence in _WORDINGS]


def translated(problem: str, hidden_label: str | None = None) -> str:
    """``problem`` in the interface's language; ``hidden_label``: a label that tells the editor nothing
    (an announcement's fixed topic) is left out."""
    found = _PROBLEM.fullmatch(problem)
    if found is None:
        return problem
    text = found["text"]
    for pattern, sentence in _COMPILED:
        wording = pattern.fullmatch(text)
        if wording is not None:
            text = str(sentence) % wording.groupdict() if wording.groupdict() else str(sentence)
            break
    else:
        return problem
    name, _dot, language = found["field"].partition(".")
    field = str(_FIELDS[name]) + (f".{language}" if language else "")
    label = found["label"]
    if label and label != hidden_label:
        return _("%(label)s: %(field)s: %(problem)s", label=label, field=field, problem=text)
    return _("%(field)s: %(problem)s", field=field, problem=text)


def all_translated(problems: Iterable[str], hidden_label: str | None = None) -> list[str]:
    """Each of ``problems`` in the interface's language."""
    return [translated(problem, hidden_label) for problem in problems]
