"""Knowledge content in versions and its files.

An answer (a topic such as ``amo.cost.no_tax``) has one text per content language, the
values of its ``{name}`` placeholders, the official source users are shown (per language),
the editors' own reference for the facts, and the day it was verified. A change is a
new version and old versions stay, so an editor can see what the assistant said on a given
day. Loading is all or nothing: one invalid record rejects the whole batch, and a dry run
computes the same report and writes nothing. The caller's session commits.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from registry.errors import ContentFileError, InvalidValue
from registry.importer import ImportReport
from registry.models import (
    CONTENT_STATUSES,
    ContentVersion,
)
from registry.problems import NO_TOPIC, Problem
from registry.spreadsheets import XLSX_SUFFIX, SpreadsheetError, read_xlsx, write_xlsx
from registry.types import utc_now

CONTENT_LANGUAGES = ("ar", "ary", "fr")
MAX_TEXT = 4096  # one Telegram message
# The answer goes out in one message with a line under it: a blank line, then "Information
# checked on <date>; … Source: <source>." in the reply language. This is that line without the
# source, with room to spare; tests/replies checks that every catalog's line fits in it.
CHECKED_LINE = 160
MAX_SOURCE = 200  # a user-facing source is one short line
MAX_TOPIC = 100  # ContentVersion.topic's length
MAX_AUTHOR = 255  # ContentVersion.created_by's length
SEED_AUTHOR = "seed"
IMPORT_AUTHOR_PREFIX = "import:"
CSV_COLUMNS = (
    "topic",
    "status",
    "source_ar",
    "source_ary",
    "source_fr",
    "reference",
    "verified_on",
    "values_json",
    "text_ar",
    "text_ary",
    "text_fr",
)
YAML_SUFFIXES = (".yml", ".yaml")
CSV_SUFFIX = ".csv"

_TOPIC = re.compile(r"[a-z_]+(\.[a-z_]+)*")
_PLACEHOLDER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Control characters other than tab and new line: Telegram shows them as garbage, and YAML
# reads some of them (NEL, U+2028, U+2029) back as line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_END = re.compile(r"\r\n?")
# JSON keeps these exactly; a date or a list would come back as something else.
_VALUE_TYPES = (str, int, float)
# What users must never be shown as a source: a file, a path, a section sign, an editor's note
# on confidence. Those belong in the record's reference.
_FILE_LIKE = re.compile(
    r"§"
    r"|\.(?:md|markdown|ya?ml|json|csv|tsv|txt|py|po|pot|mo|toml|ini|cfg|xlsx?|ods|docx?|odt|pdf)\b"
    r"|\b(?:shared|data|docs?|content|seed|registry|locales)/"
    r"|(?:^|[\s(\[«\"'])(?:\.{1,2}|~)?/\w"
    r"|\\"
    r"|\b(?:confidence|unverified)\b",
    re.IGNORECASE,
)


@dataclass
class ContentReport(ImportReport):
    """What loading did, or would do: topics per outcome, and the errors that stopped it.

    ``kept`` lists topics whose newest version an editor made, left alone by a load that
    was not forced.
    """

    kept: list[str] = field(default_factory=list)


# --- validation --------------------------------------------------------------------------


def validate_record(record: Mapping[str, Any]) -> list[Problem]:
    """The problems of one content record, each naming its topic and field; [] if it can be loaded."""
    errors: list[Problem] = []
    topic = record.get("topic")
    label = topic.strip() if isinstance(topic, str) and topic.strip() else NO_TOPIC

    def problem(name: str, code: str, /, **values: Any) -> None:
        errors.append(Problem(code, name, label, {key: str(value) for key, value in values.items()}))

    if not isinstance(topic, str) or not topic.strip():
        problem("topic", "required")
    elif not _TOPIC.fullmatch(topic.strip()):
        problem("topic", "bad_topic", value=repr(topic))
    elif len(topic.strip()) > MAX_TOPIC:
        problem("topic", "too_long", number=MAX_TOPIC)
    status = record.get("status")
    if not isinstance(status, str) or status.strip() not in CONTENT_STATUSES:
        problem("status", "bad_status", value=repr(status), choices=", ".join(CONTENT_STATUSES))
    sources = _check_sources(record.get("source"), problem)
    reference = record.get("reference")
    if not isinstance(reference, str) or not reference.strip():
        problem("reference", "reference_required")
    else:
        _check_characters(_clean(reference), "reference", problem)
    value = record.get("verified_on")
    if _date_or_none(value) is None:
        if value is None or (isinstance(value, str) and not value.strip()):
            problem("verified_on", "required")
        else:
            problem("verified_on", "bad_date", value=repr(value))
    values = _check_values(record.get("values"), problem)
    texts = _check_texts(record.get("text"), problem)
    if texts is None:
        return errors
    names: dict[str, set[str]] = {}
    for language, text in texts.items():
        found = _placeholders(text, f"text.{language}", problem)
        if found is not None:
            names[language] = found
    if len(names) < len(texts):
        return errors
    if len(set(map(frozenset, names.values()))) > 1:
        listed = "; ".join(f"{language} {_braced(found)}" for language, found in names.items())
        problem("text", "different_placeholders", detail=listed)
    if values is None:
        return errors
    missing = set().union(*names.values()) - set(values)
    if missing:
        problem("values", "no_value", names=_braced(missing))
        return errors
    for language, text in texts.items():
        length = message_length(text, values, (sources or {}).get(language, ""))
        if length > MAX_TEXT:
            problem(f"text.{language}", "longer_than_a_message", number=length, most=MAX_TEXT)
    return errors


def message_length(text: str, values: Mapping[str, Any], source: str) -> int:
    """The characters ``text`` takes in its one Telegram message, filled with ``values`` (as text), with
    the line that dates it and ``source`` under it; KeyError or ValueError for a text replies could not fill."""
    filled = {name: str(value) for name, value in values.items()}
    return len(text.format_map(filled)) + CHECKED_LINE + len(source)


def _date(value: Any) -> dt.date:
    """A date, from a YAML date or a string written YYYY-MM-DD; ValueError for anything else."""
    date = _date_or_none(value)
    if date is None:
        raise ValueError(f"{value!r} is not a date written YYYY-MM-DD")
    return date


def _date_or_none(value: Any) -> dt.date | None:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def _check_values(values: Any, problem: Any) -> dict[str, Any] | None:
    """The record's placeholder values, or None when they are unusable (problems reported)."""
    if values is None:
        return {}
    if not isinstance(values, Mapping):
        problem("values", "values_not_a_mapping")
        return None
    usable = True
    for name, value in values.items():
        if not isinstance(name, str) or not _PLACEHOLDER.fullmatch(name):
            problem("values", "not_a_placeholder_name", value=repr(name))
            usable = False
        elif (
            isinstance(value, bool)
            or not isinstance(value, _VALUE_TYPES)
            or (isinstance(value, float) and not math.isfinite(value))
        ):
            problem(f"values.{name}", "not_text_or_number", value=repr(value))
            usable = False
        elif isinstance(value, str) and not _check_characters(value, f"values.{name}", problem):
            usable = False
    return dict(values) if usable else None


def _check_sources(sources: Any, problem: Any) -> dict[str, str] | None:
    """The user-facing source by language, or None when one is unusable (problems reported)."""
    return _by_language(sources, "source", "source_per_language", problem, _check_source_line)


def _check_source_line(source: str, name: str, problem: Any) -> bool:
    """Whether a user-facing source is one short line naming an official source (problems reported)."""
    if "\n" in source:
        problem(name, "one_line")
    elif len(source) > MAX_SOURCE:
        problem(name, "too_long", number=MAX_SOURCE)
    elif _FILE_LIKE.search(source):
        problem(name, "source_names_a_file", value=repr(source))
    else:
        return True
    return False


def _check_texts(texts: Any, problem: Any) -> dict[str, str] | None:
    """The record's texts by language, or None when one is missing (problems reported)."""
    return _by_language(texts, "text", "text_per_language", problem, lambda text, name, problem: True)


def _by_language(
    values: Any, field: str, missing: str, problem: Any, check: Callable[[str, str, Any], bool]
) -> dict[str, str] | None:
    """A field given once per content language, each cleaned and checked; None unless all are usable.

    ``missing`` is the problem's code when the field is not a mapping of languages."""
    languages = ", ".join(CONTENT_LANGUAGES)
    if not isinstance(values, Mapping):
        problem(field, missing, languages=languages)
        return None
    for language in values:
        if language not in CONTENT_LANGUAGES:
            problem(f"{field}.{language}", "unknown_language", languages=languages)
    found = {}
    for language in CONTENT_LANGUAGES:
        name = f"{field}.{language}"
        value = values.get(language)
        if not isinstance(value, str) or not value.strip():
            problem(name, "missing_or_empty")
            continue
        value = _clean(value)
        if _check_characters(value, name, problem) and check(value, name, problem):
            found[language] = value
    return found if len(found) == len(CONTENT_LANGUAGES) else None


def _clean(text: str) -> str:
    """``text`` with Windows line ends made plain and no surrounding spaces, as it is stored."""
    return _LINE_END.sub("\n", text).strip()


def _check_characters(text: str, name: str, problem: Any) -> bool:
    """Whether ``text`` is free of control characters (a problem is reported if not)."""
    found = _CONTROL.search(text)
    if found:
        problem(name, "control_character", code=f"U+{ord(found.group()):04X}")
    return found is None


def _placeholders(text: str, field: str, problem: Any) -> set[str] | None:
    """The ``{name}`` placeholders of ``text``; None, its problem reported, for one replies could not fill."""
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(text)]
    except ValueError as error:
        problem(field, "unbalanced_braces", detail=error)
        return None
    names = set()
    for name, spec, conversion in fields:
        if name is None:
            continue
        if not _PLACEHOLDER.fullmatch(name):
            problem(field, "placeholder_not_a_name", name=f"{{{name}}}")
            return None
        if spec or conversion:
            # Replies format each value for the language before filling the text.
            problem(field, "placeholder_format", name=f"{{{name}}}")
            return None
        names.add(name)
    return names


def _braced(names: Iterable[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(names)) or "none"


# --- reading and writing files -----------------------------------------------------------


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a YAML, CSV or XLSX file (by extension), or of every YAML file of a directory, sorted.

    Raises ContentFileError when a file cannot be read as records; the records themselves
    are checked by ``validate_record``.
    """
    path = Path(path)
    if not path.exists():
        raise ContentFileError(f"{path}: no such file or directory")
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.suffix.lower() in YAML_SUFFIXES and p.is_file() and not p.name.startswith(".")
        )
        return [record for file in files for record in _read_yaml(file)]
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return _read_yaml(path)
    if suffix == CSV_SUFFIX:
        return _read_csv(path)
    if suffix == XLSX_SUFFIX:
        return _read_xlsx(path)
    raise ContentFileError(f"{path.name}: not a YAML (.yml) or CSV (.csv) file (or .xlsx)")


def _read_yaml(path: Path) -> list[dict[str, Any]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ContentFileError(f"{path.name}: cannot read the file ({error})") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise ContentFileError(f"{path.name}: must be a list of records")
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise ContentFileError(f"{path.name}: item {number} is not a record (a mapping)")
    return [dict(item) for item in data]


def _read_csv(path: Path) -> list[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:  # -sig: spreadsheets add a BOM
            reader = csv.DictReader(handle)
            header = [(name or "").strip().lower() for name in reader.fieldnames or []]
            reader.fieldnames = header
            _check_csv_columns(path, header)
            records = []
            for row in reader:
                if None in row:
                    raise ContentFileError(f"{path.name}: row {reader.line_num}: more fields than columns")
                cells = {name: (value or "").strip() for name, value in row.items()}
                if any(cells.values()):
                    records.append(_csv_record(cells))
            return records
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ContentFileError(f"{path.name}: cannot read the file ({error})") from None


def _read_xlsx(path: Path) -> list[dict[str, Any]]:
    """The records of an XLSX file whose first sheet has the CSV file's columns."""
    try:
        table = read_xlsx(path)
    except SpreadsheetError as error:
        raise ContentFileError(str(error)) from None
    _check_csv_columns(path, table.header)
    return [_csv_record(cells) for _, cells in table.records()]


def _check_csv_columns(path: Path, header: Sequence[str]) -> None:
    missing = [c for c in CSV_COLUMNS if c not in header]
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if missing or unknown:
        raise ContentFileError(
            f"{path.name}: the columns must be {','.join(CSV_COLUMNS)}"
            + (f"; missing: {', '.join(missing)}" if missing else "")
            + (f"; unknown: {', '.join(unknown)}" if unknown else "")
        )


def _csv_record(cells: Mapping[str, str]) -> dict[str, Any]:
    values: Any = cells["values_json"]
    try:
        values = json.loads(values) if values else {}
    except ValueError:
        pass  # kept as text: validate_record says values must be a JSON object
    return {
        "topic": cells["topic"],
        "status": cells["status"],
        "source": {language: cells[f"source_{language}"] for language in CONTENT_LANGUAGES},
        "reference": cells["reference"],
        "verified_on": cells["verified_on"],
        "values": values,
        "text": {language: cells[f"text_{language}"] for language in CONTENT_LANGUAGES},
    }


def _represent_text(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    # PyYAML falls back to a quoted scalar when a block cannot hold the text exactly.
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


class _ContentDumper(yaml.SafeDumper):
    """Writes texts of several lines as YAML blocks, as an editor would type them."""

    yaml_representers = {**yaml.SafeDumper.yaml_representers, str: _represent_text}


def export_content(session: Session, path: Path) -> int:
    """Write the newest version of every topic (whatever its status) to a YAML, CSV or XLSX file; how many."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (*YAML_SUFFIXES, CSV_SUFFIX, XLSX_SUFFIX):
        raise ContentFileError(f"{path.name}: not a YAML (.yml) or CSV (.csv) file (or .xlsx)")
    records = [_record(version) for version in _latest_versions(session).values()]
    try:
        if suffix == CSV_SUFFIX:
            _write_csv(path, records)
        elif suffix == XLSX_SUFFIX:
            write_xlsx(path, CSV_COLUMNS, map(_csv_row, records))
        else:
            # A wide line: a long text stays on one line instead of being folded.
            text = yaml.dump(
                records, Dumper=_ContentDumper, allow_unicode=True, sort_keys=False, width=1_000_000
            )
            path.write_text(text, encoding="utf-8")
    except SpreadsheetError as error:
        raise ContentFileError(str(error)) from None
    except OSError as error:
        raise ContentFileError(f"{path.name}: cannot write the file ({error})") from None
    return len(records)


def _record(version: ContentVersion) -> dict[str, Any]:
    return {
        "topic": version.topic,
        "status": version.status,
        "source": {language: getattr(version, f"source_{language}") for language in CONTENT_LANGUAGES},
        "reference": version.reference,
        "verified_on": version.verified_on,
        "values": values_of(version),
        "text": {language: getattr(version, f"text_{language}") for language in CONTENT_LANGUAGES},
    }


def record_of(version: ContentVersion) -> dict[str, Any]:
    """``version`` as a content record, the form ``validate_record`` checks and the files hold."""
    return _record(version)


def columns_of(record: Mapping[str, Any]) -> dict[str, Any]:
    """A valid record as ContentVersion's columns (texts cleaned, values as JSON text, the date parsed)."""
    return _columns(record)


def _write_csv(path: Path, records: Sequence[Mapping[str, Any]]) -> None:
    # With a BOM, spreadsheets open the Arabic texts as UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(map(_csv_row, records))


def _csv_row(record: Mapping[str, Any]) -> list[str]:
    """A record as the cells of CSV_COLUMNS."""
    return [
        record["topic"],
        record["status"],
        *(record["source"][language] for language in CONTENT_LANGUAGES),
        record["reference"],
        record["verified_on"].isoformat(),
        _json(record["values"]),
        *(record["text"][language] for language in CONTENT_LANGUAGES),
    ]


# --- versions ----------------------------------------------------------------------------


def published(session: Session, topic: str) -> ContentVersion | None:
    """The topic's newest published version (a newer draft is ignored), or None."""
    return (
        session.execute(
            select(ContentVersion)
            .where(ContentVersion.topic == topic, ContentVersion.status == "published")
            .order_by(ContentVersion.version.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )


def latest(session: Session, topic: str) -> ContentVersion | None:
    """The topic's newest version, draft or published, or None."""
    return (
        session.execute(
            select(ContentVersion)
            .where(ContentVersion.topic == topic)
            .order_by(ContentVersion.version.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )


def values_of(version: ContentVersion) -> dict[str, Any]:
    """The placeholder values of ``version``, decoded from their JSON text."""
    return json.loads(version.values or "{}")


def _json(data: Any) -> str:
    """``data`` as JSON text; sorted keys make equal values equal text."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _latest_versions(session: Session) -> dict[str, ContentVersion]:
    """The newest version of every topic, by topic in alphabetical order."""
    newest = (
        select(ContentVersion.topic, func.max(ContentVersion.version).label("version"))
        .group_by(ContentVersion.topic)
        .subquery()
    )
    statement = (
        select(ContentVersion)
        .join(
            newest, and_(ContentVersion.topic == newest.c.topic, ContentVersion.version == newest.c.version)
        )
        .order_by(ContentVersion.topic)
    )
    return {version.topic: version for version in session.execute(statement).scalars()}


def _columns(record: Mapping[str, Any]) -> dict[str, Any]:
    """A valid record as ContentVersion's columns, surrounding spaces removed."""
    texts = record["text"]
    return {
        "topic": record["topic"].strip(),
        "status": record["status"].strip(),
        "text_ar": _clean(texts["ar"]),
        "text_ary": _clean(texts["ary"]),
        "text_fr": _clean(texts["fr"]),
        "values": _json(record.get("values") or {}),
        "source_ar": _clean(record["source"]["ar"]),
        "source_ary": _clean(record["source"]["ary"]),
        "source_fr": _clean(record["source"]["fr"]),
        "reference": _clean(record["reference"]),
        "verified_on": _date(record["verified_on"]),
    }


def _same(version: ContentVersion, columns: Mapping[str, Any]) -> bool:
    """Whether ``version`` already says what ``columns`` say (values compared as decoded JSON)."""
    stored = {name: getattr(version, name) for name in columns}
    stored["values"] = _json(values_of(version))
    return stored == dict(columns)


def _plan(
    session: Session,
    records: Sequence[Mapping[str, Any]],
    created_by: str,
    force: bool,
    report: ContentReport,
) -> list[dict[str, Any]]:
    """The versions to add (as column values), with the outcome of every record in ``report``."""
    seen: set[str] = set()
    for record in records:
        # The report is read as text (the command line, the spreadsheet upload's page).
        report.errors.extend(map(str, validate_record(record)))
        topic = record.get("topic")
        if isinstance(topic, str) and topic.strip():
            if topic.strip() in seen:
                report.errors.append(str(Problem("given_twice", "topic", topic.strip())))
            seen.add(topic.strip())
    if report.errors:
        return []
    current = _latest_versions(session)
    additions = []
    for record in records:
        columns = _columns(record)
        topic = columns["topic"]
        newest = current.get(topic)
        if newest is None:
            report.added.append(topic)
        elif _same(newest, columns):
            report.unchanged.append(topic)
            continue
        elif newest.created_by != created_by and not force:
            report.kept.append(topic)
            continue
        else:
            report.changed.append(topic)
        additions.append({**columns, "version": newest.version + 1 if newest else 1})
    return additions


def _apply(session: Session, additions: Iterable[Mapping[str, Any]], created_by: str) -> None:
    now = utc_now()
    for columns in additions:
        session.add(ContentVersion(**columns, created_at=now, created_by=created_by))
    session.flush()


def _author_problem(created_by: str) -> str | None:
    if not created_by or created_by != created_by.strip():
        return f"created_by {created_by!r} must be a name without surrounding spaces"
    if len(created_by) > MAX_AUTHOR:
        return f"created_by is longer than {MAX_AUTHOR} characters"
    return None


def load_content(
    session: Session, records: Sequence[Mapping[str, Any]], *, created_by: str, force: bool = False
) -> ContentReport:
    """Add a version for each record that differs from its topic's newest one, all or nothing.

    A topic whose newest version someone other than ``created_by`` made (an editor, after
    the seed) is kept unless ``force``. Raises InvalidValue for an unusable ``created_by``.
    """
    problem = _author_problem(created_by)
    if problem:
        raise InvalidValue(problem)
    report = ContentReport()
    additions = _plan(session, records, created_by, force, report)
    if report.errors:
        return report
    _apply(session, additions, created_by)
    report.applied = True
    return report


def import_content(
    session: Session, path: Path, *, dry_run: bool, editor: str | None = None, review: bool = False
) -> ContentReport:
    """An editor's YAML, CSV or XLSX file, which replaces the newest versions of the topics it lists.

    The new versions are made by ``editor`` when named, else by ``import:<file name>``. With
    ``review``, a record marked published waits in review for another editor instead (the staff app).
    """
    path = Path(path)
    report = ContentReport()
    created_by = f"{IMPORT_AUTHOR_PREFIX}{path.name}" if editor is None else editor
    problem = _author_problem(created_by)
    if problem:
        report.errors.append(problem)
    elif editor is not None and (editor == SEED_AUTHOR or editor.startswith(IMPORT_AUTHOR_PREFIX)):
        # The seed would take the editor's versions for its own and overwrite them.
        report.errors.append(f"editor {editor!r} is reserved")
    if report.errors:
        return report
    try:
        records = read_records(path)
    except ContentFileError as error:
        report.errors.append(str(error))
        return report
    if review:
        records = [{**r, "status": "in_review"} if r.get("status") == "published" else r for r in records]
    additions = _plan(session, records, created_by, True, report)
    if report.errors or dry_run:
        return report
    _apply(session, additions, created_by)
    report.applied = True
    return report
