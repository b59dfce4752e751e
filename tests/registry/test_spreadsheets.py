"""XLSX next to CSV: the trades, offices and answers go out to a spreadsheet and come back unchanged,
one bad row refuses the whole file naming its row and column, and a dry run writes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from registry import catalog_files, queries
from registry.content import export_content, import_content, latest, load_content, read_records
from registry.db import Registry
from registry.importer import import_offices, import_trades
from registry.models import ContentVersion, Office, Trade, TradeSpelling
from registry.spreadsheets import SpreadsheetError, read_table, read_xlsx, write_table, write_xlsx
from tests.registry.content_records import TOPIC, record

OFFICES_CSV = (
    "kind,name_ar,name_fr,region,city,address,phone,hours,latitude,longitude,source,verified_on\n"
    "directorate,المديرية الإقليمية بمكناس,Direction provinciale de Meknès,FM,Meknès,"
    '"Rue Exemple 1\nQuartier X",0535 00 00 00,lun-ven 8h30-16h30,33.89,-5.55,editor check,2026-11-29\n'
    "chamber,غرفة الصناعة التقليدية لجهة فاس مكناس,Chambre d'artisanat Fès-Meknès,FM,Fès,"
    ",+212535000000,,,,editor check,2026-11-29\n"
)


def sheet(path: Path, rows: list[list[object]]) -> Path:
    """An XLSX file as a spreadsheet program writes it: numbers and dates as typed values."""
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def edit(path: Path, row: int, column: str, value: object) -> None:
    """Change one cell of an exported file, as an editor would in a spreadsheet."""
    workbook = load_workbook(path)
    header = [cell.value for cell in workbook.active[1]]
    workbook.active.cell(row=row, column=header.index(column) + 1, value=value)
    workbook.save(path)


def snapshot(registry: Registry) -> tuple:
    with registry.session() as session:
        return (
            catalog_files.trade_rows(session),
            catalog_files.office_rows(session),
            session.scalar(select(func.count()).select_from(ContentVersion)),
        )


# --- tables ---------------------------------------------------------------------------------


def test_every_cell_is_written_and_read_back_as_the_same_text(tmp_path: Path) -> None:
    rows = [
        ["0522123456", "=1+1 is not a formula", "سطر\nوسطر", dt.date(2026, 11, 29), None, True, 33.0],
        ["+212535000000", "", "  spaces kept in the file  ", "", "x", False, -5.55],
    ]
    path = tmp_path / "t.xlsx"
    write_xlsx(path, ["a", "b", "c", "d", "e", "f", "g"], rows)
    table = read_xlsx(path)
    assert table.header == ["a", "b", "c", "d", "e", "f", "g"]
    assert table.rows == [
        (2, ["0522123456", "=1+1 is not a formula", "سطر\nوسطر", "2026-11-29", "", "true", "33"]),
        (3, ["+212535000000", "", "  spaces kept in the file  ", "", "x", "false", "-5.55"]),
    ]
    # The editor's spreadsheet shows text cells: a retyped 0522… keeps its 0.
    cell = load_workbook(path).active["A2"]
    assert cell.data_type == "s" and cell.number_format == "@"


def test_typed_values_are_read_as_the_text_an_editor_sees(tmp_path: Path) -> None:
    path = sheet(
        tmp_path / "typed.xlsx",
        [
            [" Code ", "Verified_On", "Latitude"],
            ["X", dt.datetime(2026, 1, 5), 34.0],
            [None, None, None],
            ["Y", "", 33.5],
        ],
    )
    assert read_table(path).records() == [
        (2, {"code": "X", "verified_on": "2026-01-05", "latitude": "34"}),
        (4, {"code": "Y", "verified_on": "", "latitude": "33.5"}),
    ]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["code", "phone"], ["X", "=A2"]], "t.xlsx: row 2: phone: holds a formula"),
        ([["code", "phone"], ["X", "0522", "extra"]], "t.xlsx: row 2: more fields than columns"),
        ([["code", None, "phone"], ["X", "", "0522"]], "t.xlsx: row 1: column B has no name"),
    ],
)
def test_a_sheet_that_cannot_be_read_as_a_table_is_refused_naming_the_place(
    tmp_path: Path, rows: list[list[object]], message: str
) -> None:
    with pytest.raises(SpreadsheetError, match=message):
        read_xlsx(sheet(tmp_path / "t.xlsx", rows))


def test_a_file_that_is_not_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("code,family\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="fake.xlsx: cannot read the file as XLSX"):
        read_xlsx(path)
    with pytest.raises(SpreadsheetError, match="not a CSV"):
        write_table(tmp_path / "x.ods", ["a"], [])


# --- round trips --------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_trades_go_out_and_come_back_unchanged(registry: Registry, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"trades{suffix}"
    with registry.session() as session:
        total = catalog_files.export_trades(session, path)
        assert total == session.scalar(select(func.count()).select_from(Trade)) > 5
    before = snapshot(registry)
    with registry.session() as session:
        report = import_trades(session, path, dry_run=False)
    assert report.ok and report.added == report.changed == [] and len(report.unchanged) == total, (
        report.errors
    )
    assert snapshot(registry) == before
    # Every spelling is in the file, in both scripts.
    variants = "|".join(values["variants"] for _, values in read_table(path).records())
    with registry.session() as session:
        stored = set(session.scalars(select(TradeSpelling.normalised)))
    assert set(variants.split("|")) == stored and "zellige" in stored and "الزليج" in stored


def test_offices_go_out_and_come_back_unchanged(registry: Registry, tmp_path: Path) -> None:
    (tmp_path / "offices.csv").write_text(OFFICES_CSV, encoding="utf-8")
    with registry.session() as session:
        assert import_offices(session, tmp_path / "offices.csv", dry_run=False).ok
    path = tmp_path / "offices.xlsx"
    with registry.session() as session:
        ids = session.scalars(select(Office.id).where(Office.region_code == "FM")).all()
        assert catalog_files.export_offices(session, path, ids) == 2
    assert [values["phone"] for _, values in read_table(path).records()] == ["+212535000000", "0535000000"]
    before = snapshot(registry)
    with registry.session() as session:
        report = import_offices(session, path, dry_run=False)
    assert report.ok and report.added == report.changed == [] and len(report.unchanged) == 2, report.errors
    assert snapshot(registry) == before
    with registry.session() as session:
        meknes = [o for o in queries.offices_for_city(session, "Meknès") if o.kind == "directorate"][0]
        assert meknes.address == "Rue Exemple 1\nQuartier X" and meknes.verified_on == dt.date(2026, 11, 29)


def test_answers_go_out_and_come_back_unchanged_through_xlsx(
    empty_registry: Registry, tmp_path: Path
) -> None:
    records = [
        record(),
        record(
            "amo.enroll",
            values={"phone": "0522", "rate": 6.37},
            text={
                "ar": "= ليس صيغة {phone} {rate}",
                "ary": "سطر\nسطر {phone} {rate}",
                "fr": "+212 {phone} {rate}",
            },
        ),
    ]
    with empty_registry.session() as session:
        load_content(session, records, created_by="seed")
        assert export_content(session, tmp_path / "content.xlsx") == 2
        export_content(session, tmp_path / "content.csv")
    assert read_records(tmp_path / "content.xlsx") == read_records(tmp_path / "content.csv")
    with empty_registry.session() as session:
        report = import_content(session, tmp_path / "content.xlsx", dry_run=False, editor="amina@example.org")
        assert report.ok and report.unchanged == ["amo.cost.no_tax", "amo.enroll"], report.errors
        assert latest(session, "amo.enroll").version == 1


# --- one bad row ------------------------------------------------------------------------------


def test_one_bad_trade_row_refuses_the_whole_xlsx_naming_row_and_column(
    registry: Registry, tmp_path: Path
) -> None:
    path = tmp_path / "trades.xlsx"
    with registry.session() as session:
        catalog_files.export_trades(session, path)
    edit(path, 2, "name_fr", "Un nom changé")  # a good change on row 2 …
    edit(path, 4, "family", "pottery")  # … and a bad one on row 4
    before = snapshot(registry)
    with registry.session() as session:
        report = import_trades(session, path, dry_run=False)
    assert not report.applied
    assert report.errors == ["row 4: family: 'pottery' must be one of art_production, services"]
    assert snapshot(registry) == before


def test_one_bad_office_row_refuses_the_whole_xlsx(registry: Registry, tmp_path: Path) -> None:
    path = tmp_path / "offices.xlsx"
    with registry.session() as session:
        catalog_files.export_offices(session, path)
    edit(path, 3, "phone", 522123456)  # typed as a number: the spreadsheet dropped the 0
    before = snapshot(registry)
    with registry.session() as session:
        report = import_offices(session, path, dry_run=False)
    assert not report.applied and len(report.errors) == 1
    assert report.errors[0].startswith("row 3: phone: phone '522123456' is not a Moroccan number")
    assert snapshot(registry) == before


def test_a_bad_answer_is_refused_with_its_row(empty_registry: Registry, tmp_path: Path) -> None:
    path = tmp_path / "content.xlsx"
    with empty_registry.session() as session:
        load_content(session, [record("a.one"), record()], created_by="seed")
        export_content(session, path)
    edit(path, 3, "text_fr", "")
    with empty_registry.session() as session:
        changes = catalog_files.import_file(session, "content", path, apply=True, editor="amina@example.org")
    assert not changes.applied and changes.rows == []
    assert changes.errors and all(error.startswith(f"row 3: {TOPIC}: text.fr") for error in changes.errors)
    with empty_registry.session() as session:
        assert latest(session, TOPIC).version == 1


# --- what an import changes -----------------------------------------------------------------


def test_a_dry_run_shows_the_changed_fields_and_writes_nothing(registry: Registry, tmp_path: Path) -> None:
    path = tmp_path / "offices.xlsx"
    (tmp_path / "offices.csv").write_text(OFFICES_CSV, encoding="utf-8")
    with registry.session() as session:
        assert import_offices(session, tmp_path / "offices.csv", dry_run=False).ok
        ids = session.scalars(select(Office.id).where(Office.region_code == "FM")).all()
        catalog_files.export_offices(session, path, ids)
    edit(path, 2, "phone", "05 35 11 22 33")
    before = snapshot(registry)
    with registry.session() as session:
        dry = catalog_files.import_file(session, "offices", path, apply=False)
    assert dry.ok and not dry.applied
    assert [(row.number, row.key, row.outcome) for row in dry.rows] == [
        (2, "chamber FM Fès", "changed"),
        (3, "directorate FM Meknès", "unchanged"),
    ]
    assert dry.rows[0].changes == [("phone", "+212535000000", "0535112233")]
    assert snapshot(registry) == before

    with registry.session() as session:
        applied = catalog_files.import_file(session, "offices", path, apply=True)
    assert applied.applied and applied.rows == dry.rows
    with registry.session() as session:
        assert queries.chamber_for_region(session, "FM").phone == "0535112233"


def test_a_new_trade_is_shown_added_with_its_fields(registry: Registry, tmp_path: Path) -> None:
    path = tmp_path / "new.xlsx"
    write_xlsx(
        path,
        catalog_files.TRADE_EXPORT_COLUMNS,
        [
            [
                "LUTHIER",
                "art_production",
                "",
                "صناعة العود",
                "العواد",
                "Lutherie",
                "false",
                "luthier|العواد",
                "",
                "",
            ]
        ],
    )
    with registry.session() as session:
        changes = catalog_files.import_file(session, "trades", path, apply=False)
    (row,) = changes.rows
    assert (row.number, row.key, row.outcome) == (2, "LUTHIER", "added")
    assert ("variants", "", "luthier|العواد") in row.changes and (
        "source",
        "",
        "editor import",
    ) in row.changes
    with registry.session() as session:
        assert session.get(Trade, "LUTHIER") is None
