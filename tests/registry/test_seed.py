import shutil
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from registry.db import Registry
from registry.errors import SeedError
from registry.models import City, CitySpelling, Office, Region, Trade, TradeSpelling
from registry.seed import load_seed
from registry.validation import LATITUDE_RANGE, LONGITUDE_RANGE
from tests.registry.conftest import SEED_DIR

MODELS = (Region, City, CitySpelling, Trade, TradeSpelling, Office)


def count(session, model) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def snapshot(session) -> dict[str, list[tuple]]:
    """Every row of every reference table, to compare before and after."""
    result = {}
    for model in MODELS:
        columns = [c.name for c in model.__table__.columns]
        rows = session.execute(select(*[getattr(model, c) for c in columns])).all()
        result[model.__tablename__] = sorted(tuple(map(repr, row)) for row in rows)
    return result


def test_seed_counts(registry: Registry) -> None:
    places = yaml.safe_load((SEED_DIR / "places.yml").read_text(encoding="utf-8"))
    trades = yaml.safe_load((SEED_DIR / "trades.yml").read_text(encoding="utf-8"))
    with registry.session() as session:
        assert count(session, Region) == 12
        assert count(session, City) == len(places["cities"])
        assert count(session, Trade) == len(trades["trades"])
        chambers = session.execute(select(Office).where(Office.kind == "chamber")).scalars().all()
        assert len(chambers) == 12
        assert {c.region_code for c in chambers} == set(session.execute(select(Region.code)).scalars())
        assert count(session, Office) == 12  # no directorate is invented


def test_every_city_is_in_an_existing_region_and_has_coordinates_in_morocco(registry: Registry) -> None:
    with registry.session() as session:
        regions = set(session.execute(select(Region.code)).scalars())
        for city in session.execute(select(City)).scalars():
            assert city.region_code in regions, city.name
            assert LATITUDE_RANGE[0] <= city.latitude <= LATITUDE_RANGE[1], city.name
            assert LONGITUDE_RANGE[0] <= city.longitude <= LONGITUDE_RANGE[1], city.name
            assert city.spellings, f"{city.name} has no spelling"


def test_no_office_has_an_invented_address_phone_or_position(registry: Registry) -> None:
    with registry.session() as session:
        for office in session.execute(select(Office)).scalars():
            assert office.address is None and office.phone is None and office.hours is None, office.name_fr
            assert office.latitude is None and office.longitude is None, office.name_fr
            assert office.source and office.verified_on is not None


def test_chambers_sit_in_their_regions_seat_and_only_tanger_is_confirmed(registry: Registry) -> None:
    with registry.session() as session:
        chambers = {o.region_code: o for o in session.execute(select(Office)).scalars()}
        assert chambers["TTA"].city_name == "Tanger" and chambers["TTA"].seat_confirmed
        assert chambers["FM"].city_name == "Fès" and not chambers["FM"].seat_confirmed
        assert [r for r, o in chambers.items() if o.seat_confirmed] == ["TTA"]
        assert chambers["FM"].name_ar == "غرفة الصناعة التقليدية لجهة فاس مكناس"
        assert chambers["FM"].name_fr == "Chambre d'artisanat de la région Fès-Meknès"
        # A region named with its article keeps French grammar.
        assert chambers["ORI"].name_fr == "Chambre d'artisanat de la région de l'Oriental"
        for office in chambers.values():
            assert office.city.region_code == office.region_code


def test_seed_trades_are_not_official(registry: Registry) -> None:
    with registry.session() as session:
        assert not any(t.official for t in session.execute(select(Trade)).scalars())


def test_loading_twice_changes_nothing(registry: Registry) -> None:
    with registry.session() as session:
        before = snapshot(session)
    with registry.session() as session:
        report = load_seed(session, SEED_DIR)
    assert not report.changed_anything
    assert report["chambers"].unchanged == 12
    with registry.session() as session:
        assert snapshot(session) == before


def test_first_load_into_an_empty_database_adds_everything(empty_db: str) -> None:
    registry = Registry.from_url(empty_db)
    with registry.session() as session:
        report = load_seed(session, SEED_DIR)
    registry.dispose()
    assert report["regions"].added == 12 and report["chambers"].added == 12
    assert all(t.changed == 0 and t.removed == 0 for t in report.tallies.values())


def edited_seed(tmp_path: Path, edit) -> Path:
    """A copy of the seed directory with places.yml or trades.yml edited by ``edit(places, trades)``."""
    target = tmp_path / "seed"
    shutil.copytree(SEED_DIR, target)
    places = yaml.safe_load((target / "places.yml").read_text(encoding="utf-8"))
    trades = yaml.safe_load((target / "trades.yml").read_text(encoding="utf-8"))
    edit(places, trades)
    (target / "places.yml").write_text(yaml.safe_dump(places, allow_unicode=True), encoding="utf-8")
    (target / "trades.yml").write_text(yaml.safe_dump(trades, allow_unicode=True), encoding="utf-8")
    return target


def test_a_variant_dropped_from_the_file_is_dropped_and_a_changed_name_updated(
    registry: Registry, tmp_path: Path
) -> None:
    def edit(places, trades):
        zellige = next(t for t in trades["trades"] if t["code"] == "ZELLIGE")
        zellige["variants"].remove("zlij")
        zellige["names"]["fr"] = "Zellige (carreaux)"

    seed_dir = edited_seed(tmp_path, edit)
    with registry.session() as session:
        report = load_seed(session, seed_dir)
    assert report["trade_spellings"].removed == 1 and report["trades"].changed == 1
    with registry.session() as session:
        assert session.get(TradeSpelling, "zlij") is None
        assert session.get(Trade, "ZELLIGE").name_fr == "Zellige (carreaux)"


def test_seed_leaves_an_office_an_editor_imported_alone(registry: Registry) -> None:
    with registry.session() as session:
        chamber = session.execute(select(Office).where(Office.region_code == "FM")).scalar_one()
        chamber.source, chamber.address = "chamber's letter, 2026", "an address from that letter"
    with registry.session() as session:
        load_seed(session, SEED_DIR)
    with registry.session() as session:
        chamber = session.execute(select(Office).where(Office.region_code == "FM")).scalar_one()
        assert chamber.source == "chamber's letter, 2026" and chamber.address == "an address from that letter"


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda p, t: p["cities"][0].update(region="XX"), "unknown region"),
        (lambda p, t: p["regions"][0].update(seat="Oujda"), "seat"),
        (lambda p, t: t["trades"][0]["variants"].append("zlij"), "belongs to both"),
        (lambda p, t: t["trades"][0].update(family="food"), "family"),
    ],
)
def test_contradictory_seed_files_are_refused(empty_db: str, tmp_path: Path, edit, message: str) -> None:
    registry = Registry.from_url(empty_db)
    with pytest.raises(SeedError, match=message), registry.session() as session:
        load_seed(session, edited_seed(tmp_path, edit))
    with registry.session() as session:
        assert count(session, Region) == 0
    registry.dispose()
