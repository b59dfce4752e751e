"""Editors' imports from CSV or XLSX (trades, offices): all or nothing, with a report first.

Every row is checked before anything is written; one bad row rejects the whole file, so
the registry never holds half an update. A dry run computes the same report and writes
nothing. The caller's session commits.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry import validation
from registry.models import (
    OFFICE_KINDS,
    TRADE_FAMILIES,
    City,
    CitySpelling,
    Office,
    Region,
    Trade,
    TradeSpelling,
)
from registry.spelling import MAX_WORDS, spelling_key
from registry.spreadsheets import XLSX_SUFFIX, SpreadsheetError, read_xlsx

TRADE_COLUMNS = ("code", "family", "branch", "name_ar", "name_ary", "name_fr", "official", "variants")
TRADE_OPTIONAL_COLUMNS = ("source", "verified_on")
OFFICE_COLUMNS = (
    "kind",
    "name_ar",
    "name_fr",
    "region",
    "city",
    "address",
    "phone",
    "hours",
    "latitude",
    "longitude",
    "source",
    "verified_on",
)
VARIANT_SEPARATOR = "|"
# What a trade's source becomes when the file does not say.
DEFAULT_TRADE_SOURCE = "editor import"

_TRADE_CODE = re.compile(r"[A-Z][A-Z0-9_]{0,39}")


@dataclass
class ImportReport:
    """What an import did, or would do: identifiers per outcome, and the errors that stopped it."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self) -> bool:
        """Whether the file had no errors."""
        return not self.errors


# --- reading -----------------------------------------------------------------------------


@dataclass
class _Row:
    number: int  # the line in the file, as a spreadsheet shows it (the header is line 1)
    values: dict[str, str]


def _read(path: Path, required: Iterable[str], optional: Iterable[str], report: ImportReport) -> list[_Row]:
    """The file's rows (CSV, or XLSX by its extension) with stripped values; header problems go to ``report``."""
    if path.suffix.lower() == XLSX_SUFFIX:
        return _read_xlsx(path, required, optional, report)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:  # -sig: spreadsheets add a BOM
            reader = csv.DictReader(handle)
            header = [(name or "").strip().lower() for name in reader.fieldnames or []]
            reader.fieldnames = header
            if not _header_ok(path, header, required, optional, report):
                return []
            rows = []
            for record in reader:
                if None in record:
                    report.errors.append(f"row {reader.line_num}: more fields than columns")
                    continue
                values = {k: (v or "").strip() for k, v in record.items()}
                if any(values.values()):
                    rows.append(_Row(reader.line_num, values))
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        report.errors.append(f"{path.name}: cannot read the file ({error})")
        return []


def _read_xlsx(
    path: Path, required: Iterable[str], optional: Iterable[str], report: ImportReport
) -> list[_Row]:
    try:
        table = read_xlsx(path)
    except SpreadsheetError as error:
        report.errors.append(str(error))
        return []
    if not _header_ok(path, table.header, required, optional, report):
        return []
    return [_Row(number, values) for number, values in table.records()]


def _header_ok(
    path: Path, header: list[str], required: Iterable[str], optional: Iterable[str], report: ImportReport
) -> bool:
    """Whether the header names every required column and no unknown one (problems go to ``report``)."""
    required, optional = tuple(required), tuple(optional)
    if not header:
        report.errors.append(f"{path.name}: the file is empty")
        return False
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if c not in required and c not in optional]
    if missing:
        report.errors.append(f"{path.name}: missing columns: {', '.join(missing)}")
    if unknown:
        report.errors.append(f"{path.name}: unknown columns: {', '.join(unknown)}")
    return not (missing or unknown)


def _check(row: _Row, report: ImportReport, name: str, parse: Callable[[str], Any]) -> Any:
    """``parse`` the row's column ``name``; a failure becomes an error for that row."""
    try:
        return parse(row.values.get(name, ""))
    except ValueError as error:
        report.errors.append(f"row {row.number}: {name}: {error}")
        return None


def _present(text: str) -> str:
    if not text:
        raise ValueError("is required")
    return text


def _one_of(choices: Iterable[str]) -> Callable[[str], str]:
    allowed = tuple(choices)

    def parse(text: str) -> str:
        if text not in allowed:
            raise ValueError(f"{text!r} must be one of {', '.join(allowed)}")
        return text

    return parse


def _optional(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    return lambda text: parse(text) if text else None


def _differs(row: Any, values: dict[str, Any]) -> bool:
    return any(getattr(row, name) != value for name, value in values.items())


# --- trades ------------------------------------------------------------------------------


def _trade_code(text: str) -> str:
    if not _TRADE_CODE.fullmatch(text):
        raise ValueError(f"{text!r} must be upper-case letters, digits and _ (e.g. ZELLIGE)")
    return text


def _spellings(text: str) -> list[str]:
    keys: dict[str, None] = {}  # a dict keeps the order and drops variants that fold together
    for variant in text.split(VARIANT_SEPARATOR):
        if not variant.strip():
            continue
        key = spelling_key(variant)
        if not key:
            raise ValueError(f"variant {variant.strip()!r} has no letters or digits")
        if len(key.split()) > MAX_WORDS:
            raise ValueError(f"variant {variant.strip()!r} is longer than {MAX_WORDS} words")
        keys[key] = None
    return list(keys)


@dataclass
class _TradeRow:
    number: int
    values: dict[str, Any]  # the Trade columns, provenance excluded
    provenance: dict[str, Any] | None  # source/verified_on when the file gives them
    spellings: list[str]


def import_trades(session: Session, path: Path, dry_run: bool) -> ImportReport:
    """Add or update the trades of a CSV or XLSX file, each with exactly the spellings it lists."""
    report = ImportReport()
    rows = [
        _trade_row(row, report) for row in _read(Path(path), TRADE_COLUMNS, TRADE_OPTIONAL_COLUMNS, report)
    ]
    if report.errors:
        return report
    _check_trade_file(session, rows, report)
    if report.errors:
        return report
    existing_spellings = {s.normalised: s for s in session.execute(select(TradeSpelling)).scalars()}
    plans = []
    for row in rows:
        code = row.values["code"]
        trade = session.get(Trade, code)
        owned = {k for k, s in existing_spellings.items() if s.trade_code == code}
        content_changed = trade is not None and (_differs(trade, row.values) or owned != set(row.spellings))
        if trade is None:
            report.added.append(code)
        elif content_changed or (row.provenance is not None and _differs(trade, row.provenance)):
            report.changed.append(code)
        else:
            report.unchanged.append(code)
            continue
        # Without a stated source, a new or changed trade rests on the editor's word alone.
        provenance = row.provenance or {"source": DEFAULT_TRADE_SOURCE, "verified_on": None}
        plans.append((trade, {**row.values, **provenance}))
    if dry_run:
        return report
    for trade, values in plans:
        if trade is None:
            session.add(Trade(**values))
        else:
            for name, value in values.items():
                setattr(trade, name, value)
    session.flush()
    _apply_trade_spellings(session, rows, existing_spellings)
    session.flush()
    report.applied = True
    return report


def _trade_row(row: _Row, report: ImportReport) -> _TradeRow:
    values = {
        "code": _check(row, report, "code", _trade_code),
        "family": _check(row, report, "family", _one_of(TRADE_FAMILIES)),
        "branch": row.values["branch"] or None,
        "name_ar": _check(row, report, "name_ar", _present),
        "name_ary": _check(row, report, "name_ary", _present),
        "name_fr": _check(row, report, "name_fr", _present),
        "official": _check(row, report, "official", validation.boolean),
    }
    spellings = _check(row, report, "variants", _spellings) or []
    provenance = None
    if row.values.get("source") or row.values.get("verified_on"):
        provenance = {
            "source": _check(row, report, "source", _present),
            "verified_on": _check(row, report, "verified_on", _optional(validation.iso_date)),
        }
    return _TradeRow(row.number, values, provenance, spellings)


def _check_trade_file(session: Session, rows: list[_TradeRow], report: ImportReport) -> None:
    codes: dict[str, int] = {}
    owners: dict[str, tuple[str, int]] = {}
    for row in rows:
        code = row.values["code"]
        if code in codes:
            report.errors.append(f"row {row.number}: code {code} is already on row {codes[code]}")
        codes.setdefault(code, row.number)
        for key in row.spellings:
            if key in owners and owners[key][0] != code:
                report.errors.append(
                    f"row {row.number}: variant {key!r} is already given to {owners[key][0]} on row {owners[key][1]}"
                )
            owners.setdefault(key, (code, row.number))
    # A spelling may move between trades of this file, not away from a trade the file leaves
    # alone. The whole table is small; reading it avoids one bound parameter per spelling.
    stored = session.execute(select(TradeSpelling.normalised, TradeSpelling.trade_code)).all()
    taken = sorted(
        (owners[key][1], key, owner) for key, owner in stored if key in owners and owner not in codes
    )
    for number, key, owner in taken:
        report.errors.append(f"row {number}: variant {key!r} already belongs to trade {owner}")


def _apply_trade_spellings(
    session: Session, rows: list[_TradeRow], existing: dict[str, TradeSpelling]
) -> None:
    """Give each imported trade exactly its listed spellings, moving them between trades of the file."""
    codes = {row.values["code"] for row in rows}
    wanted = {key: row.values["code"] for row in rows for key in row.spellings}
    for key, spelling in existing.items():
        if spelling.trade_code in codes and key not in wanted:
            session.delete(spelling)
    for key, code in wanted.items():
        spelling = existing.get(key)
        if spelling is None:
            session.add(TradeSpelling(normalised=key, trade_code=code))
        elif spelling.trade_code != code:
            spelling.trade_code = code


# --- offices -----------------------------------------------------------------------------


def import_offices(session: Session, path: Path, dry_run: bool) -> ImportReport:
    """Add or update offices; an office is identified by its kind, region and city."""
    report = ImportReport()
    regions = {r.code: r for r in session.execute(select(Region)).scalars()}
    plans: list[tuple[Office | None, dict[str, Any]]] = []
    seen: dict[tuple[str, str, str | None], int] = {}
    for row in _read(Path(path), OFFICE_COLUMNS, (), report):
        values = _office_values(session, row, regions, report)
        if values is None:
            continue
        identity = (values["kind"], values["region_code"], values["city_name"])
        if identity in seen:
            report.errors.append(
                f"row {row.number}: the same office ({_label(identity)}) is on row {seen[identity]}"
            )
            continue
        seen[identity] = row.number
        plans.append((_find_office(session, *identity), values))
    if report.errors:
        return report
    changes = []
    for office, values in plans:
        label = _label((values["kind"], values["region_code"], values["city_name"]))
        if office is None:
            report.added.append(label)
        elif _differs(office, values):
            report.changed.append(label)
        else:
            report.unchanged.append(label)
            continue
        changes.append((office, values))
    if dry_run:
        return report
    for office, values in changes:
        if office is None:
            session.add(Office(**values))
        else:
            for name, value in values.items():
                setattr(office, name, value)
    session.flush()
    report.applied = True
    return report


def _office_values(
    session: Session, row: _Row, regions: dict[str, Region], report: ImportReport
) -> dict[str, Any] | None:
    errors_before = len(report.errors)
    kind = _check(row, report, "kind", _one_of(OFFICE_KINDS))
    region = row.values["region"].upper()
    if region not in regions:
        report.errors.append(
            f"row {row.number}: region: {row.values['region']!r} is not one of {', '.join(regions)}"
        )
    city = resolve_city(session, row.values["city"])
    if row.values["city"] and city is None:
        report.errors.append(f"row {row.number}: city: {row.values['city']!r} is not a known city")
    elif city is not None and region in regions and city.region_code != region:
        report.errors.append(
            f"row {row.number}: city: {city.name} is in region {city.region_code}, not {region}"
        )
    values = {
        "kind": kind,
        "name_ar": _check(row, report, "name_ar", _present),
        "name_fr": _check(row, report, "name_fr", _present),
        "region_code": region,
        "city_name": city.name if city else None,
        "address": row.values["address"] or None,
        "phone": _check(row, report, "phone", validation.phone),
        "hours": row.values["hours"] or None,
        # The editor's file names its source: the office is where that source says.
        "seat_confirmed": True,
        "source": _check(row, report, "source", _present),
        "verified_on": _check(row, report, "verified_on", validation.iso_date),
    }
    try:
        point = validation.coordinates(row.values["latitude"], row.values["longitude"])
    except ValueError as error:
        report.errors.append(f"row {row.number}: {error}")
        point = None
    values["latitude"], values["longitude"] = point or (None, None)
    return None if len(report.errors) > errors_before else values


def resolve_city(session: Session, text: str) -> City | None:
    """The city an editor means: its canonical name, or one of its known spellings."""
    if not text:
        return None
    city = session.get(City, text)
    if city is None:
        spelling = session.get(CitySpelling, spelling_key(text))
        city = spelling.city if spelling else None
    return city


def _find_office(session: Session, kind: str, region_code: str, city_name: str | None) -> Office | None:
    city_matches = Office.city_name.is_(None) if city_name is None else Office.city_name == city_name
    return session.execute(
        select(Office).where(Office.kind == kind, Office.region_code == region_code, city_matches)
    ).scalar_one_or_none()


def _label(identity: tuple[str, str, str | None]) -> str:
    kind, region, city = identity
    return f"{kind} {region} {city or '-'}"
