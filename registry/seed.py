"""Loading the reviewed seed files (data/seed/places.yml, trades.yml) into the registry.

The files are the truth for what they list: loading upserts regions, cities, trades, their
spellings and one chamber per region, and leaves alone anything else (trades an editor
imported, offices whose source is not the seed file). Loading twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.errors import SeedError
from registry.models import TRADE_FAMILIES, City, CitySpelling, Office, Region, Trade, TradeSpelling
from registry.spelling import MAX_WORDS, spelling_key

PLACES_FILE = "places.yml"
TRADES_FILE = "trades.yml"

# Names built from the region's names; the chambers' own letterheads may differ, an editor
# can import the exact names.
CHAMBER_NAME_AR = "غرفة الصناعة التقليدية لجهة {region}"
CHAMBER_NAME_FR = "Chambre d'artisanat de la région {region}"
# A region named with its article ("L'Oriental") takes it after "de": "de la région de l'Oriental".
_FRENCH_ARTICLES = (("L'", "de l'"), ("L’", "de l’"), ("La ", "de la "), ("Le ", "du "), ("Les ", "des "))


def chamber_name_fr(region: str) -> str:
    """The French name of the chamber of ``region`` (its French name)."""
    for article, joined in _FRENCH_ARTICLES:
        if region.startswith(article):
            return CHAMBER_NAME_FR.format(region=joined + region[len(article) :])
    return CHAMBER_NAME_FR.format(region=region)


Row = TypeVar("Row")


@dataclass
class Tally:
    """What loading did to one kind of row."""

    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0

    @property
    def total(self) -> int:
        """Rows of this kind the seed files describe."""
        return self.added + self.changed + self.unchanged


@dataclass
class SeedReport:
    """One tally per kind: regions, cities, city_spellings, trades, trade_spellings, chambers."""

    tallies: dict[str, Tally] = field(default_factory=dict)

    def __getitem__(self, kind: str) -> Tally:
        return self.tallies.setdefault(kind, Tally())

    @property
    def changed_anything(self) -> bool:
        """Whether the database differs from before the load."""
        return any(t.added or t.changed or t.removed for t in self.tallies.values())


def load_seed(session: Session, seed_dir: Path) -> SeedReport:
    """Upsert the places and trades of ``seed_dir`` into the registry; the caller commits."""
    places = _read(seed_dir / PLACES_FILE)
    trades = _read(seed_dir / TRADES_FILE)
    _check_places(places)
    _check_trades(trades)
    report = SeedReport()
    _load_regions(session, places["regions"], report["regions"])
    _load_cities(session, places["cities"], report["cities"])
    _load_spellings(
        session,
        CitySpelling,
        "city_name",
        {c["name"]: c["variants"] for c in places["cities"]},
        report["city_spellings"],
    )
    _load_trades(session, trades, report["trades"])
    _load_spellings(
        session,
        TradeSpelling,
        "trade_code",
        {t["code"]: t["variants"] for t in trades["trades"]},
        report["trade_spellings"],
    )
    _load_chambers(session, places, report["chambers"])
    session.flush()
    return report


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SeedError(f"{path}: {error}") from None
    if not isinstance(data, dict):
        raise SeedError(f"{path}: not a mapping")
    return data


def _check_places(places: Mapping[str, Any]) -> None:
    regions = {r["code"]: r for r in places["regions"]}
    cities = {c["name"]: c for c in places["cities"]}
    for city in cities.values():
        if city["region"] not in regions:
            raise SeedError(f"city {city['name']}: unknown region {city['region']}")
    for region in regions.values():
        seat = cities.get(region["seat"])
        if seat is None or seat["region"] != region["code"]:
            raise SeedError(f"region {region['code']}: seat {region['seat']} is not one of its cities")
    _check_spellings("city", {name: c.get("variants") or [] for name, c in cities.items()})


def _check_trades(trades: Mapping[str, Any]) -> None:
    for trade in trades["trades"]:
        if trade["family"] not in TRADE_FAMILIES:
            raise SeedError(f"trade {trade['code']}: family must be one of {', '.join(TRADE_FAMILIES)}")
    _check_spellings("trade", {t["code"]: t.get("variants") or [] for t in trades["trades"]})


def _check_spellings(kind: str, variants: Mapping[str, Iterable[Any]]) -> None:
    owners: dict[str, str] = {}
    for owner, spellings in variants.items():
        for spelling in spellings:
            key = spelling_key(str(spelling))
            if not key or len(key.split()) > MAX_WORDS:
                raise SeedError(
                    f"{kind} {owner}: spelling {spelling!r} is empty or longer than {MAX_WORDS} words"
                )
            if owners.setdefault(key, owner) != owner:
                raise SeedError(f"spelling {spelling!r} belongs to both {owners[key]} and {owner}")


def _upsert(
    session: Session,
    model: type[Row],
    key: Callable[[Row], Any],
    wanted: Mapping[Any, dict[str, Any]],
    tally: Tally,
) -> None:
    """Insert the missing rows of ``wanted`` (key → column values) and update the ones that differ."""
    existing = {key(row): row for row in session.execute(select(model)).scalars()}
    for identity, values in wanted.items():
        row = existing.get(identity)
        if row is None:
            session.add(model(**values))
            tally.added += 1
        elif _assign(row, values):
            tally.changed += 1
        else:
            tally.unchanged += 1


def _assign(row: Any, values: Mapping[str, Any]) -> bool:
    """Set ``values`` on ``row``; whether anything differed."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _load_regions(session: Session, regions: list[dict[str, Any]], tally: Tally) -> None:
    wanted = {
        r["code"]: {"code": r["code"], "name_ar": r["names"]["ar"], "name_fr": r["names"]["fr"]}
        for r in regions
    }
    _upsert(session, Region, lambda r: r.code, wanted, tally)


def _load_cities(session: Session, cities: list[dict[str, Any]], tally: Tally) -> None:
    wanted = {
        c["name"]: {
            "name": c["name"],
            "region_code": c["region"],
            "name_ar": c["names"]["ar"],
            "name_fr": c["names"]["fr"],
            "latitude": _float_or_none(c.get("latitude")),
            "longitude": _float_or_none(c.get("longitude")),
        }
        for c in cities
    }
    _upsert(session, City, lambda c: c.name, wanted, tally)


def _load_trades(session: Session, trades: Mapping[str, Any], tally: Tally) -> None:
    verified_on = _date_or_none(trades.get("verified_on"))
    wanted = {
        t["code"]: {
            "code": t["code"],
            "family": t["family"],
            "branch": t.get("branch"),
            "name_ar": t["names"]["ar"],
            "name_ary": t["names"]["ary"],
            "name_fr": t["names"]["fr"],
            # The seed is not décret 2.21.991's list; only an editor's import of the annex is official.
            "official": bool(t.get("official", False)),
            "source": str(trades["source"]),
            "verified_on": verified_on,
        }
        for t in trades["trades"]
    }
    _upsert(session, Trade, lambda t: t.code, wanted, tally)


def _load_spellings(
    session: Session, model: type[Any], owner_column: str, variants: Mapping[str, Iterable[Any]], tally: Tally
) -> None:
    """Make each listed owner's spellings exactly its variants; other owners' spellings stay."""
    wanted = {spelling_key(str(v)): owner for owner, spellings in variants.items() for v in spellings}
    existing = {row.normalised: row for row in session.execute(select(model)).scalars()}
    for key, row in existing.items():
        if key not in wanted and getattr(row, owner_column) in variants:
            session.delete(row)
            tally.removed += 1
    for key, owner in wanted.items():
        row = existing.get(key)
        if row is None:
            session.add(model(normalised=key, **{owner_column: owner}))
            tally.added += 1
        elif getattr(row, owner_column) != owner:
            setattr(row, owner_column, owner)
            tally.changed += 1
        else:
            tally.unchanged += 1


def _load_chambers(session: Session, places: Mapping[str, Any], tally: Tally) -> None:
    source = str(places["source"])
    verified_on = _date_or_none(places.get("verified_on"))
    for region in places["regions"]:
        values = {
            "kind": "chamber",
            "name_ar": CHAMBER_NAME_AR.format(region=region["names"]["ar"]),
            "name_fr": chamber_name_fr(region["names"]["fr"]),
            "region_code": region["code"],
            "city_name": region["seat"],
            "seat_confirmed": bool(region.get("seat_confirmed", False)),
            "source": source,
            "verified_on": verified_on,
        }
        office = session.execute(
            select(Office).where(
                Office.kind == "chamber",
                Office.region_code == region["code"],
                Office.city_name == region["seat"],
            )
        ).scalar_one_or_none()
        if office is None:
            session.add(Office(**values))
            tally.added += 1
        elif office.source != source:
            # An editor imported this office from a better source; the seed must not undo it.
            tally.unchanged += 1
        elif _assign(office, values):
            tally.changed += 1
        else:
            tally.unchanged += 1


def _float_or_none(value: Any) -> float | None:
    return None if value is None else float(value)


def _date_or_none(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
