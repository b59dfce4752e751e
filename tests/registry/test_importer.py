import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from registry import queries
from registry.db import Registry
from registry.importer import import_offices, import_trades
from registry.models import Office, Trade, TradeSpelling

TRADE_HEADER = "code,family,branch,name_ar,name_ary,name_fr,official,variants\n"
GOOD_TRADES = TRADE_HEADER + "".join(
    [
        "MUSICAL_INSTRUMENTS,art_production,Musique,صناعة الآلات الموسيقية,صناعة الآلات الموسيقية,"
        "Lutherie,false,lutherie|luthier|صانع العود|l3wad\n",
        "ZELLIGE,art_production,Terre,الزليج,الزليج,Zellige,true,zellige|zlij|الزليج|زليج|zellij\n",
    ]
)
OFFICE_HEADER = "kind,name_ar,name_fr,region,city,address,phone,hours,latitude,longitude,source,verified_on\n"
GOOD_OFFICES = OFFICE_HEADER + "".join(
    [
        "directorate,المديرية الإقليمية للصناعة التقليدية بمكناس,Direction provinciale de Meknès,FM,Meknès,"
        "Rue Exemple 1,0535 00 00 00,lun-ven 8h30-16h30,33.89,-5.55,editor check,2026-11-29\n",
        "chamber,غرفة الصناعة التقليدية لجهة فاس مكناس,Chambre d'artisanat de la région Fès-Meknès,FM,Fès,"
        ",+212535000000,,,,editor check,2026-11-29\n",
    ]
)


def write(tmp_path: Path, text: str, name: str = "file.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def count(session, model) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def spellings_of(session, code: str) -> set[str]:
    return set(
        session.execute(select(TradeSpelling.normalised).where(TradeSpelling.trade_code == code)).scalars()
    )


# --- trades: happy path -------------------------------------------------------------------


def test_import_trades_adds_and_changes_then_reports_unchanged(registry: Registry, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_TRADES)
    with registry.session() as session:
        report = import_trades(session, path, dry_run=False)
    assert report.ok and report.applied
    assert (
        report.added == ["MUSICAL_INSTRUMENTS"] and report.changed == ["ZELLIGE"] and report.unchanged == []
    )
    with registry.session() as session:
        lute = queries.trade_by_code(session, "MUSICAL_INSTRUMENTS")
        assert lute.branch == "Musique" and not lute.official and lute.source == "editor import"
        assert [t.code for t in queries.match_trades(session, "ana l3wad")] == ["MUSICAL_INSTRUMENTS"]
        zellige = queries.trade_by_code(session, "ZELLIGE")
        assert zellige.official and zellige.branch == "Terre"
        # the row is the trade's whole list of spellings
        assert spellings_of(session, "ZELLIGE") == {"zellige", "zlij", "الزليج", "زليج", "zellij"}
        assert queries.match_trades(session, "zlayji") == []
    with registry.session() as session:
        again = import_trades(session, path, dry_run=False)
    assert again.ok and again.added == [] and again.changed == []
    assert again.unchanged == ["MUSICAL_INSTRUMENTS", "ZELLIGE"]


def test_import_trades_dry_run_reports_and_applies_nothing(registry: Registry, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_TRADES)
    with registry.session() as session:
        before = (count(session, Trade), count(session, TradeSpelling), spellings_of(session, "ZELLIGE"))
        report = import_trades(session, path, dry_run=True)
    assert report.ok and not report.applied
    assert report.added == ["MUSICAL_INSTRUMENTS"] and report.changed == ["ZELLIGE"]
    with registry.session() as session:
        assert (
            count(session, Trade),
            count(session, TradeSpelling),
            spellings_of(session, "ZELLIGE"),
        ) == before
        assert not queries.trade_by_code(session, "ZELLIGE").official


def test_a_spelling_may_move_between_trades_of_the_same_file(registry: Registry, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        TRADE_HEADER
        + "WOOD,art_production,,الخشب,النجارة,Bois,false,njjar|menuisier\n"
        + "STONE,art_production,,نحت الحجر,نقش الحجر,Pierre,false,tailleur de pierre|thuya\n",
    )
    with registry.session() as session:
        report = import_trades(session, path, dry_run=False)
    assert report.ok, report.errors
    with registry.session() as session:
        assert [t.code for t in queries.match_trades(session, "thuya")] == ["STONE"]


def test_source_and_verified_on_columns_are_kept_when_given(registry: Registry, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        TRADE_HEADER.rstrip("\n") + ",source,verified_on\n"
        "LUTE,art_production,,العود,العود,Luth,true,luth,décret 2.21.991 annexe,2026-12-01\n",
    )
    with registry.session() as session:
        assert import_trades(session, path, dry_run=False).ok
    with registry.session() as session:
        lute = queries.trade_by_code(session, "LUTE")
        assert lute.source == "décret 2.21.991 annexe" and lute.verified_on == dt.date(2026, 12, 1)


def test_a_spreadsheet_bom_and_blank_lines_are_fine(registry: Registry, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(("\ufeff" + GOOD_TRADES + ",,,,,,,\n\n").encode("utf-8"))
    with registry.session() as session:
        assert import_trades(session, path, dry_run=True).ok


# --- trades: every validation error rejects the whole file --------------------------------

GOOD_ROW = "MUSICAL_INSTRUMENTS,art_production,,آلات,آلات,Lutherie,false,lutherie|luthier\n"


@pytest.mark.parametrize(
    "text, message",
    [
        (
            TRADE_HEADER.replace(",variants", "") + GOOD_ROW.rsplit(",", 1)[0] + "\n",
            "missing columns: variants",
        ),
        (
            TRADE_HEADER.replace("variants", "variants,colour") + GOOD_ROW.rstrip() + ",red\n",
            "unknown columns: colour",
        ),
        ("", "empty"),
        (TRADE_HEADER + GOOD_ROW + "BAD,food,,x,x,x,false,food\n", "row 3: family"),
        (TRADE_HEADER + GOOD_ROW + "BAD,services,,x,x,x,yes,badvariant\n", "row 3: official"),
        (TRADE_HEADER + GOOD_ROW + "BAD,services,,,x,x,false,badvariant\n", "row 3: name_ar"),
        (TRADE_HEADER + GOOD_ROW + "BAD,services,,x,,x,false,badvariant\n", "row 3: name_ary"),
        (TRADE_HEADER + GOOD_ROW + "BAD,services,,x,x,,false,badvariant\n", "row 3: name_fr"),
        (TRADE_HEADER + GOOD_ROW + ",services,,x,x,x,false,badvariant\n", "row 3: code"),
        (TRADE_HEADER + GOOD_ROW + "bad code,services,,x,x,x,false,badvariant\n", "row 3: code"),
        (
            TRADE_HEADER + GOOD_ROW + GOOD_ROW.replace("lutherie|luthier", "autre"),
            "row 3: code MUSICAL_INSTRUMENTS",
        ),
        (TRADE_HEADER + GOOD_ROW + "OTHER,services,,x,x,x,false,Luthier\n", "row 3: variant 'luthier'"),
        (
            TRADE_HEADER + GOOD_ROW + "OTHER,services,,x,x,x,false,zlij\n",
            "row 3: variant 'zlij' already belongs to",
        ),
        (TRADE_HEADER + GOOD_ROW + "OTHER,services,,x,x,x,false,a b c d e f g\n", "row 3: variants"),
        (TRADE_HEADER + GOOD_ROW + "OTHER,services,,x,x,x,false,ok|...\n", "row 3: variants"),
        (TRADE_HEADER + GOOD_ROW + "OTHER,services,,x,x,x,false,ok,extra\n", "row 3: more fields"),
    ],
)
def test_one_bad_trade_row_rejects_the_file(
    registry: Registry, tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, text)
    with registry.session() as session:
        before = count(session, Trade), count(session, TradeSpelling)
        report = import_trades(session, path, dry_run=False)
    assert not report.ok and not report.applied
    assert any(message in error for error in report.errors), report.errors
    assert report.added == report.changed == report.unchanged == []
    with registry.session() as session:
        assert (count(session, Trade), count(session, TradeSpelling)) == before
        assert queries.trade_by_code(session, "MUSICAL_INSTRUMENTS") is None


def test_a_missing_file_is_an_error_not_a_crash(registry: Registry, tmp_path: Path) -> None:
    with registry.session() as session:
        report = import_trades(session, tmp_path / "nope.csv", dry_run=False)
    assert not report.ok and "cannot read" in report.errors[0]


def test_a_file_that_is_not_utf8_is_an_error(registry: Registry, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        (TRADE_HEADER + GOOD_ROW.replace("Lutherie", "Luthérie")).encode("cp1252", errors="replace")
    )
    with registry.session() as session:
        report = import_trades(session, path, dry_run=False)
    assert not report.ok and "cannot read" in report.errors[0]


# --- offices ------------------------------------------------------------------------------


def test_import_offices_adds_and_updates_by_kind_region_and_city(registry: Registry, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_OFFICES)
    with registry.session() as session:
        report = import_offices(session, path, dry_run=False)
    assert report.ok and report.applied, report.errors
    assert report.added == ["directorate FM Meknès"] and report.changed == ["chamber FM Fès"]
    with registry.session() as session:
        chamber = queries.chamber_for_region(session, "FM")
        assert chamber.phone == "+212535000000" and chamber.address is None and chamber.seat_confirmed
        assert chamber.source == "editor check" and chamber.verified_on == dt.date(2026, 11, 29)
        meknes = [o for o in queries.offices_for_city(session, "Meknès") if o.kind == "directorate"]
        assert len(meknes) == 1
        assert meknes[0].phone == "0535000000" and (meknes[0].latitude, meknes[0].longitude) == (33.89, -5.55)
        assert count(session, Office) == 13
    with registry.session() as session:
        again = import_offices(session, path, dry_run=False)
    assert again.ok and again.added == again.changed == [] and len(again.unchanged) == 2


def test_an_editor_may_name_the_region_in_lower_case_and_the_city_by_a_spelling(
    registry: Registry, tmp_path: Path
) -> None:
    path = write(tmp_path, OFFICE_HEADER + "directorate,م,Direction,cs,casa,,,,,,editor check,2026-11-29\n")
    with registry.session() as session:
        report = import_offices(session, path, dry_run=False)
    assert report.added == ["directorate CS Casablanca"], report.errors


def test_import_offices_dry_run_applies_nothing(registry: Registry, tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_OFFICES)
    with registry.session() as session:
        report = import_offices(session, path, dry_run=True)
    assert report.ok and not report.applied and report.added == ["directorate FM Meknès"]
    with registry.session() as session:
        assert count(session, Office) == 12
        assert queries.chamber_for_region(session, "FM").phone is None


GOOD_OFFICE_ROW = "directorate,م,Direction de Taza,FM,Taza,,,,,,editor check,2026-11-29\n"


def office_row(**changes: str) -> str:
    columns = OFFICE_HEADER.strip().split(",")
    values = dict(zip(columns, GOOD_OFFICE_ROW.strip().split(","), strict=True))
    values.update(changes)
    return ",".join(values[c] for c in columns) + "\n"


@pytest.mark.parametrize(
    "row, message",
    [
        (office_row(kind="embassy"), "row 3: kind"),
        (office_row(region="XX"), "row 3: region"),
        (office_row(city="Paris"), "row 3: city: 'Paris' is not a known city"),
        (office_row(city="Oujda"), "row 3: city: Oujda is in region ORI, not FM"),
        (office_row(name_ar=""), "row 3: name_ar"),
        (office_row(name_fr=""), "row 3: name_fr"),
        (office_row(phone="0412345678"), "row 3: phone"),
        (office_row(phone="061234567"), "row 3: phone"),
        (office_row(phone="+33612345678"), "row 3: phone"),
        (office_row(latitude="34.2"), "row 3: latitude and longitude go together"),
        (office_row(longitude="-4.0"), "row 3: latitude and longitude go together"),
        (
            office_row(latitude="48.85", longitude="2.35"),
            "row 3: latitude/longitude 48.85, 2.35 are outside Morocco",
        ),
        (office_row(latitude="north", longitude="-4.0"), "row 3: latitude/longitude 'north'"),
        (office_row(verified_on="29/11/2026"), "row 3: verified_on"),
        (office_row(verified_on=""), "row 3: verified_on"),
        (office_row(source=""), "row 3: source"),
        (GOOD_OFFICE_ROW, "row 3: the same office (directorate FM Taza) is on row 2"),
    ],
)
def test_one_bad_office_row_rejects_the_file(
    registry: Registry, tmp_path: Path, row: str, message: str
) -> None:
    path = write(tmp_path, OFFICE_HEADER + GOOD_OFFICE_ROW + row)
    with registry.session() as session:
        report = import_offices(session, path, dry_run=False)
    assert not report.ok and not report.applied
    assert any(message in error for error in report.errors), report.errors
    with registry.session() as session:
        assert count(session, Office) == 12


@pytest.mark.parametrize(
    "phone", ["0522123456", "0612345678", "0712345678", "05 22 12 34 56", "+212 6 12 34 56 78", ""]
)
def test_moroccan_phone_numbers_are_accepted(registry: Registry, tmp_path: Path, phone: str) -> None:
    path = write(tmp_path, OFFICE_HEADER + office_row(phone=phone))
    with registry.session() as session:
        assert import_offices(session, path, dry_run=True).ok


def test_an_office_header_without_a_required_column_is_refused(registry: Registry, tmp_path: Path) -> None:
    path = write(
        tmp_path, OFFICE_HEADER.replace(",verified_on", "") + GOOD_OFFICE_ROW.rsplit(",", 1)[0] + "\n"
    )
    with registry.session() as session:
        report = import_offices(session, path, dry_run=False)
    assert report.errors == ["file.csv: missing columns: verified_on"]
