"""The editors' files of trades, offices and answers: exports, and what an import changes row by row.

An export has the columns of its import, so an editor downloads a list, edits it in a
spreadsheet and imports it again. What an import would change is found by running the
import itself in the session and reading the lists before and after; a dry run then rolls
the session back. The changes shown are therefore exactly the ones the import makes, with
its own checks and its own reading of phone numbers, city spellings and trade variants.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from registry import content, importer
from registry.models import ContentVersion, Office, Trade, TradeSpelling
from registry.spreadsheets import SpreadsheetError, cell_text, read_table, write_table

KINDS = ("trades", "offices", "content")
TRADE_EXPORT_COLUMNS = (*importer.TRADE_COLUMNS, *importer.TRADE_OPTIONAL_COLUMNS)
OFFICE_EXPORT_COLUMNS = importer.OFFICE_COLUMNS
# Not a column of the files: the import confirms an office's seat, which is a change worth showing.
_SEAT = "seat_confirmed"

Snapshot = dict[str, dict[str, str]]  # identity → {column: text}


@dataclass
class RowChange:
    """One row of the file: its number, what it names, its outcome and the fields it changes."""

    number: int | None
    key: str
    outcome: str  # "added", "changed" or "unchanged"
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (column, before, after)


@dataclass
class FileChanges:
    """What an import did or would do, row by row; ``errors`` refused the whole file."""

    rows: list[RowChange] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, outcome: str) -> int:
        """How many rows have ``outcome``."""
        return sum(1 for row in self.rows if row.outcome == outcome)

    def summary(self) -> str:
        """A line for the audit log: the counts, then the rows that changed something."""
        touched = [row.key for row in self.rows if row.outcome != "unchanged"]
        counts = ", ".join(
            f"{outcome} {self.count(outcome)}" for outcome in ("added", "changed", "unchanged")
        )
        return counts + (f": {'; '.join(touched)}" if touched else "")


# --- the lists as rows of text -------------------------------------------------------------


def trade_rows(session: Session, codes: Iterable[str] | None = None) -> list[dict[str, str]]:
    """The trades (by code; only ``codes`` if given) as rows of the trades file, variants sorted."""
    statement = select(Trade).order_by(Trade.code)
    if codes is not None:
        statement = statement.where(Trade.code.in_(list(codes)))
    spellings: dict[str, list[str]] = {}
    for key, code in session.execute(select(TradeSpelling.normalised, TradeSpelling.trade_code)):
        spellings.setdefault(code, []).append(key)
    return [
        {
            "code": trade.code,
            "family": trade.family,
            "branch": trade.branch or "",
            "name_ar": trade.name_ar,
            "name_ary": trade.name_ary,
            "name_fr": trade.name_fr,
            "official": cell_text(bool(trade.official)),
            "variants": importer.VARIANT_SEPARATOR.join(sorted(spellings.get(trade.code, []))),
            "source": trade.source or "",
            "verified_on": cell_text(trade.verified_on),
        }
        for trade in session.execute(statement).scalars()
    ]


def office_rows(session: Session, ids: Iterable[int] | None = None) -> list[dict[str, str]]:
    """The offices (by region, kind, city; only ``ids`` if given) as rows of the offices file."""
    statement = select(Office).order_by(Office.region_code, Office.kind, Office.city_name, Office.id)
    if ids is not None:
        statement = statement.where(Office.id.in_(list(ids)))
    return [_office_row(office) for office in session.execute(statement).scalars()]


def _office_row(office: Office) -> dict[str, str]:
    return {
        "kind": office.kind,
        "name_ar": office.name_ar,
        "name_fr": office.name_fr,
        "region": office.region_code,
        "city": office.city_name or "",
        "address": office.address or "",
        "phone": office.phone or "",
        "hours": office.hours or "",
        "latitude": cell_text(office.latitude),
        "longitude": cell_text(office.longitude),
        "source": office.source or "",
        "verified_on": cell_text(office.verified_on),
    }


def office_key(kind: str, region_code: str, city_name: str | None) -> str:
    """How an office is named in reports: its identity, kind, region and city (as the import names it)."""
    return f"{kind} {region_code} {city_name or '-'}"


def export_trades(session: Session, path: Path, codes: Iterable[str] | None = None) -> int:
    """Write the trades to a CSV or XLSX file (by extension) with the import's columns; how many."""
    rows = trade_rows(session, codes)
    write_table(path, TRADE_EXPORT_COLUMNS, ([row[c] for c in TRADE_EXPORT_COLUMNS] for row in rows))
    return len(rows)


def export_offices(session: Session, path: Path, ids: Iterable[int] | None = None) -> int:
    """Write the offices to a CSV or XLSX file (by extension) with the import's columns; how many."""
    rows = office_rows(session, ids)
    write_table(path, OFFICE_EXPORT_COLUMNS, ([row[c] for c in OFFICE_EXPORT_COLUMNS] for row in rows))
    return len(rows)


# --- what an import changes ----------------------------------------------------------------


def import_file(
    session: Session, kind: str, path: Path, *, apply: bool, editor: str | None = None
) -> FileChanges:
    """Import ``path`` as ``kind`` (trades, offices, content), row by row what changed.

    Without ``apply`` it is a dry run: the import runs, is read, and ``session`` is rolled back,
    as it is when the file has errors; so give it a session of its own. Content versions are made
    by ``editor``.
    """
    path = Path(path)
    if kind not in _IMPORTS:
        raise ValueError(f"kind {kind!r} must be one of {', '.join(KINDS)}")
    run, snapshot, key_of = _IMPORTS[kind]
    result = FileChanges()
    try:
        before = snapshot(session)
        report = run(session, path, editor)
        result.errors = _located(path, report.errors) if kind == "content" else list(report.errors)
        if report.ok:
            result.rows = _rows(session, path, before, snapshot(session), key_of)
            result.applied = apply
    except SpreadsheetError as error:
        result = FileChanges(errors=[str(error)])
    finally:
        if not result.applied:
            session.rollback()
    return result


def _rows(
    session: Session,
    path: Path,
    before: Snapshot,
    after: Snapshot,
    key_of: Callable[[Session, dict[str, str]], str],
) -> list[RowChange]:
    rows = []
    for number, values in read_table(path).records():
        key = key_of(session, values)
        old, new = before.get(key), after.get(key, {})
        if old is None:
            rows.append(RowChange(number, key, "added", [(c, "", v) for c, v in new.items() if v]))
            continue
        changes = [(c, old.get(c, ""), v) for c, v in new.items() if old.get(c, "") != v]
        rows.append(RowChange(number, key, "changed" if changes else "unchanged", changes))
    return rows


def _located(path: Path, errors: list[str]) -> list[str]:
    """Content errors (``topic: field: problem``) with the row of their topic in front, as the other imports say."""
    if not errors or path.suffix.lower() not in (".csv", ".xlsx"):
        return errors
    try:
        numbers = {values.get("topic", ""): number for number, values in read_table(path).records()}
    except SpreadsheetError:
        return errors
    located = []
    for error in errors:
        topic = error.split(":", 1)[0]
        located.append(f"row {numbers[topic]}: {error}" if topic in numbers else error)
    return located


def _trade_snapshot(session: Session) -> Snapshot:
    return {row["code"]: row for row in trade_rows(session)}


def _trade_key(session: Session, values: dict[str, str]) -> str:
    return values.get("code", "")


def _office_snapshot(session: Session) -> Snapshot:
    return {
        office_key(o.kind, o.region_code, o.city_name): {
            **_office_row(o),
            _SEAT: cell_text(bool(o.seat_confirmed)),
        }
        for o in session.execute(select(Office)).scalars()
    }


def _office_file_key(session: Session, values: dict[str, str]) -> str:
    city = importer.resolve_city(session, values.get("city", ""))
    return office_key(values.get("kind", ""), values.get("region", "").upper(), city.name if city else None)


def _content_snapshot(session: Session) -> Snapshot:
    newest = (
        select(ContentVersion.topic, func.max(ContentVersion.version).label("version"))
        .group_by(ContentVersion.topic)
        .subquery()
    )
    versions = session.execute(
        select(ContentVersion).join(
            newest, (ContentVersion.topic == newest.c.topic) & (ContentVersion.version == newest.c.version)
        )
    ).scalars()
    return {version.topic: _content_row(version) for version in versions}


def _content_row(version: ContentVersion) -> dict[str, str]:
    row = {
        name: cell_text(getattr(version, name, None)) for name in content.CSV_COLUMNS if name != "values_json"
    }
    row["values_json"] = json.dumps(content.values_of(version), ensure_ascii=False, sort_keys=True)
    return {name: row[name] for name in content.CSV_COLUMNS}


def _topic_key(session: Session, values: dict[str, str]) -> str:
    return values.get("topic", "")


def _import_trades(session: Session, path: Path, editor: str | None) -> importer.ImportReport:
    return importer.import_trades(session, path, dry_run=False)


def _import_offices(session: Session, path: Path, editor: str | None) -> importer.ImportReport:
    return importer.import_offices(session, path, dry_run=False)


def _import_content(session: Session, path: Path, editor: str | None) -> importer.ImportReport:
    # From the page, nothing is published unchecked: another editor approves each topic.
    return content.import_content(session, path, dry_run=False, editor=editor, review=True)


_IMPORTS = {
    "trades": (_import_trades, _trade_snapshot, _trade_key),
    "offices": (_import_offices, _office_snapshot, _office_file_key),
    "content": (_import_content, _content_snapshot, _topic_key),
}
