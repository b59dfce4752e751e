"""The editors' trades, offices and answers' spreadsheet: lists, edits checked by the imports, uploads
with a dry run then a confirmation, downloads, the audit log, and who may see them."""

from __future__ import annotations

import base64
import html
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from openpyxl import load_workbook
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.offices import ActionFindOffice
from hirfa.settings import Settings
from registry import catalog_files, queries
from registry.content import latest, load_content, published, read_records
from registry.models import AuditEntry, Office, Trade, TradeSpelling
from registry.seed import load_seed
from staff.services import Services
from tests.actions.conftest import make_tracker
from tests.staff.conftest import csrf_token, sign_in

ROOT = Path(__file__).resolve().parents[2]
PAGES = (
    "/trades",
    "/trades.xlsx",
    "/trades.csv",
    "/trades/ZELLIGE",
    "/trades/import",
    "/offices",
    "/offices.xlsx",
    "/offices/import",
    "/content/spreadsheet",
    "/content/spreadsheet.xlsx",
)


@pytest.fixture
def seeded(services: Services) -> Services:
    with services.registry.session() as session:
        load_seed(session, ROOT / "data" / "seed")
    return services


@pytest.fixture
def editor(client: FlaskClient, seeded: Services) -> FlaskClient:
    sign_in(client, "editor")
    return client


def fes_chamber(services: Services) -> Office:
    with services.registry.session() as session:
        return queries.chamber_for_region(session, "FM")


def audit_entries(services: Services, action: str) -> list[AuditEntry]:
    with services.registry.session() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
        )


def office_form(services: Services, office: Office, **changes: str) -> dict[str, str]:
    """The office's edit form as the page fills it, with ``changes`` typed in."""
    with services.registry.session() as session:
        (values,) = catalog_files.office_rows(session, [office.id])
    return {**values, **changes}


def xlsx_of(response) -> Path:
    assert response.status_code == 200, response.status_code
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return response.data


def edited(data: bytes, tmp_path: Path, row: int, column: str, value: object) -> bytes:
    """The downloaded workbook with one cell changed, as an editor would in a spreadsheet."""
    path = tmp_path / "edited.xlsx"
    path.write_bytes(data)
    workbook = load_workbook(path)
    header = [cell.value for cell in workbook.active[1]]
    workbook.active.cell(row=row, column=header.index(column) + 1, value=value)
    workbook.save(path)
    return path.read_bytes()


def upload(client: FlaskClient, page: str, data: bytes, name: str):
    token = csrf_token(client, page)
    return client.post(
        page,
        data={"csrf_token": token, "action": "check", "file": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


def confirmation(page: str) -> dict[str, str]:
    """The confirmation form's fields on a dry run's page."""
    form = re.search(
        r'<form method="post" enctype="multipart/form-data" id="confirm-form">(.*?)</form>', page, re.S
    )
    assert form, "no confirmation form"
    fields = dict(re.findall(r'name="([a-z_]+)" type="hidden" value="([^"]*)"', form.group(1)))
    return {name: html.unescape(value) for name, value in fields.items()} | {"action": "apply"}


def rows_of(page: str) -> str:
    """The body of the page's table ("" when the list is empty)."""
    found = re.search(r"<tbody>(.*?)</tbody>", page, re.S)
    return found.group(1) if found else ""


# --- who may -----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["agent", "reviewer"])
def test_only_editors_and_administrators_reach_the_pages(
    client: FlaskClient, seeded: Services, role: str
) -> None:
    sign_in(client, role)
    for page in PAGES:
        assert client.get(page).status_code == 403, page
    page = client.get("/").get_data(as_text=True)
    assert 'href="/trades"' not in page and 'href="/offices"' not in page


def test_the_editor_sees_the_pages_in_the_menu(editor: FlaskClient) -> None:
    for page in PAGES:
        assert editor.get(page).status_code == 200, page
    menu = editor.get("/trades").get_data(as_text=True)
    assert 'href="/trades"' in menu and 'href="/offices"' in menu


def test_signed_out_visitors_are_sent_to_sign_in(client: FlaskClient, seeded: Services) -> None:
    response = client.get("/offices")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_an_agent_cannot_apply_a_file(client: FlaskClient, seeded: Services) -> None:
    sign_in(client, "agent")
    token = csrf_token(client, "/stats")
    response = client.post("/trades/import", data={"csrf_token": token, "action": "apply"})
    assert response.status_code == 403


# --- lists -------------------------------------------------------------------------------------


def test_the_trades_list_shows_spellings_in_every_script_and_filters(editor: FlaskClient) -> None:
    page = editor.get("/trades?q=zlij").get_data(as_text=True)
    assert "ZELLIGE" in page and "CAR_MECHANICS" not in page
    assert "Arabic script:" in page and "الزليج" in page and "Latin script:" in page and "zellige" in page
    services_only = editor.get("/trades?family=services").get_data(as_text=True)
    assert "CAR_MECHANICS" in services_only and "ZELLIGE" not in services_only


def test_the_offices_list_filters_by_region_and_kind(editor: FlaskClient) -> None:
    table = rows_of(editor.get("/offices?region=FM").get_data(as_text=True))
    assert "Fès-Meknès" in table and "Casablanca" not in table and table.count('href="/offices/') == 1
    assert rows_of(editor.get("/offices?kind=directorate").get_data(as_text=True)) == ""


def test_a_download_holds_the_filtered_rows_with_the_import_columns(
    editor: FlaskClient, tmp_path: Path
) -> None:
    path = tmp_path / "offices.xlsx"
    path.write_bytes(xlsx_of(editor.get("/offices.xlsx?region=FM")))
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == list(catalog_files.OFFICE_EXPORT_COLUMNS)
    assert [row[3] for row in rows[1:]] == ["FM"]
    csv = editor.get("/trades.csv?q=zellige")
    assert csv.mimetype == "text/csv" and csv.data.decode("utf-8-sig").startswith("code,family,branch,")


# --- editing an office ------------------------------------------------------------------------


def test_a_bad_phone_is_refused_next_to_its_field_and_nothing_is_written(
    editor: FlaskClient, seeded: Services
) -> None:
    office = fes_chamber(seeded)
    page = f"/offices/{office.id}"
    token = csrf_token(editor, page)
    data = office_form(
        seeded, office, phone="0412345678", verified_on="2026-11-29", source="Chamber's website"
    )
    response = editor.post(page, data={**data, "csrf_token": token, "action": "save"})
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert re.search(r'is-invalid"[^>]*name="phone"|name="phone"[^>]*is-invalid', text)
    assert "is not a Moroccan number" in text
    assert fes_chamber(seeded).phone is None and audit_entries(seeded, "edit_office") == []


def test_a_check_shows_the_change_and_writes_nothing(editor: FlaskClient, seeded: Services) -> None:
    office = fes_chamber(seeded)
    page = f"/offices/{office.id}"
    token = csrf_token(editor, page)
    data = office_form(
        seeded, office, phone="0535 11 22 33", verified_on="2026-11-29", source="Chamber's website"
    )
    response = editor.post(page, data={**data, "csrf_token": token, "action": "check"})
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert "Dry run, nothing written yet" in text and "0535112233" in text and "changed" in text
    assert fes_chamber(seeded).phone is None and audit_entries(seeded, "edit_office") == []


@pytest.fixture
def assistant_on(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The custom actions reading this test's registry, as the running assistant does."""
    from actions.registry_access import registry
    from actions.registry_access import settings as action_settings

    monkeypatch.setenv("HIRFA_DATABASE_URL", settings.database_url)
    action_settings.cache_clear()
    registry.cache_clear()
    yield
    registry().dispose()
    action_settings.cache_clear()
    registry.cache_clear()


async def office_answer() -> dict:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("Fès", "find_office", slots={"language": "fr", "office_city": "Fès"})
    await ActionFindOffice().run(dispatcher, tracker, {})
    (message,) = dispatcher.messages
    return message


async def test_a_saved_phone_is_audited_and_answered_at_once(
    editor: FlaskClient, seeded: Services, assistant_on: None
) -> None:
    office = fes_chamber(seeded)
    assert (await office_answer())["response"] != "utter_office_known_contact"
    page = f"/offices/{office.id}"
    for phone in ("0535 11 22 33", "0535 99 88 77"):
        token = csrf_token(editor, page)
        data = office_form(
            seeded,
            office,
            address="Avenue des Almohades, Fès",
            phone=phone,
            verified_on="2026-11-29",
            source="Site",
        )
        response = editor.post(page, data={**data, "csrf_token": token, "action": "save"})
        assert response.status_code == 302, response.get_data(as_text=True)
        # The running assistant reads the office at every answer: no restart, no training.
        message = await office_answer()
        assert message["response"] == "utter_office_known_contact"
        assert message["phone"] == phone.replace(" ", "")
        assert message["address"] == "Avenue des Almohades, Fès"
    first, second = audit_entries(seeded, "edit_office")
    assert first.target == "chamber FM Fès" and "phone:  → 0535112233" in first.detail
    assert "phone: 0535112233 → 0535998877" in second.detail
    with seeded.registry.session() as session:
        assert session.get(Office, office.id).seat_confirmed


# --- editing a trade --------------------------------------------------------------------------


def test_a_trade_edit_goes_through_the_trades_import(editor: FlaskClient, seeded: Services) -> None:
    page = "/trades/ZELLIGE"
    with seeded.registry.session() as session:
        row = catalog_files.trade_rows(session, ["ZELLIGE"])[0]
    data = {**row, "variants": row["variants"].replace("|", "\n") + "\nlmikanik", "official": "y"}
    token = csrf_token(editor, page)
    refused = editor.post(page, data={**data, "csrf_token": token, "action": "save"})
    assert refused.status_code == 400
    assert "already belongs to trade CAR_MECHANICS" in refused.get_data(as_text=True)

    data["variants"] = data["variants"].replace("lmikanik", "zlijmaker")
    response = editor.post(page, data={**data, "csrf_token": token, "action": "save"})
    assert response.status_code == 302
    with seeded.registry.session() as session:
        owners = {
            key: code
            for key, code in session.execute(select(TradeSpelling.normalised, TradeSpelling.trade_code))
        }
    assert owners["zlijmaker"] == "ZELLIGE" and owners["lmikanik"] == "CAR_MECHANICS"
    (entry,) = audit_entries(seeded, "edit_trade")
    assert entry.target == "ZELLIGE" and "zlijmaker" in entry.detail


# --- uploads -----------------------------------------------------------------------------------


def test_an_upload_is_checked_then_applied_as_checked(
    editor: FlaskClient, seeded: Services, tmp_path: Path
) -> None:
    data = edited(xlsx_of(editor.get("/trades.xlsx")), tmp_path, 2, "name_fr", "Mécanique des voitures")
    checked = upload(editor, "/trades/import", data, "trades.xlsx")
    assert checked.status_code == 200
    page = checked.get_data(as_text=True)
    assert "Dry run, nothing written yet" in page
    assert re.search(
        r"CAR_MECHANICS.*?changed.*?name_fr.*?Mécanique automobile.*?Mécanique des voitures", page, re.S
    )
    with seeded.registry.session() as session:
        assert session.get(Trade, "CAR_MECHANICS").name_fr == "Mécanique automobile"
    assert audit_entries(seeded, "import_trades") == []

    applied = editor.post("/trades/import", data=confirmation(page), content_type="multipart/form-data")
    assert applied.status_code == 302
    with seeded.registry.session() as session:
        assert session.get(Trade, "CAR_MECHANICS").name_fr == "Mécanique des voitures"
    (entry,) = audit_entries(seeded, "import_trades")
    assert entry.target == "trades.xlsx" and "changed 1" in entry.detail and "CAR_MECHANICS" in entry.detail


def test_one_bad_row_refuses_the_upload_naming_row_and_column(
    editor: FlaskClient, seeded: Services, tmp_path: Path
) -> None:
    data = xlsx_of(editor.get("/trades.xlsx"))
    data = edited(data, tmp_path, 2, "name_fr", "Mécanique des voitures")
    data = edited(data, tmp_path, 4, "family", "pottery")
    response = upload(editor, "/trades/import", data, "my trades.xlsx")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "row 4: family: &#39;pottery&#39; must be one of" in page and "nothing was changed" in page
    assert 'id="confirm-form"' not in page
    with seeded.registry.session() as session:
        assert session.get(Trade, "CAR_MECHANICS").name_fr == "Mécanique automobile"


def test_a_file_of_another_kind_is_refused_by_its_columns(editor: FlaskClient, seeded: Services) -> None:
    response = upload(editor, "/offices/import", xlsx_of(editor.get("/trades.xlsx")), "trades.xlsx")
    assert response.status_code == 400
    assert "trades.xlsx: missing columns: kind" in response.get_data(as_text=True)
    assert upload(editor, "/offices/import", b"kind\n", "offices.txt").status_code == 400


def test_a_tampered_confirmation_applies_nothing(
    editor: FlaskClient, seeded: Services, tmp_path: Path
) -> None:
    good = edited(xlsx_of(editor.get("/offices.xlsx")), tmp_path, 2, "source", "Checked by phone")
    fields = confirmation(upload(editor, "/offices/import", good, "offices.xlsx").get_data(as_text=True))
    other = edited(good, tmp_path, 2, "phone", "0522000000")
    fields["payload"] = base64.b64encode(other).decode()
    response = editor.post(
        "/offices/import", data=fields, content_type="multipart/form-data", follow_redirects=True
    )
    assert "This check has expired or does not match the file" in response.get_data(as_text=True)
    assert audit_entries(seeded, "import_offices") == []
    with seeded.registry.session() as session:
        assert "0522000000" not in {o.phone for o in session.scalars(select(Office))}


# --- the answers' spreadsheet -------------------------------------------------------------------


def test_answers_are_exported_checked_and_imported_by_the_editor(
    editor: FlaskClient, seeded: Services, tmp_path: Path
) -> None:
    with seeded.registry.session() as session:
        load_content(session, read_records(ROOT / "data" / "content"), created_by="seed")
    data = xlsx_of(editor.get("/content/spreadsheet.xlsx"))
    path = tmp_path / "answers.xlsx"
    path.write_bytes(data)
    topic = load_workbook(path).active["A2"].value
    data = edited(data, tmp_path, 2, "reference", "Revu par l'éditrice.")

    checked = upload(editor, "/content/spreadsheet", data, "answers.xlsx")
    page = checked.get_data(as_text=True)
    assert checked.status_code == 200, page
    assert re.search(re.escape(topic) + r".*?changed.*?reference.*?Revu par l&#39;éditrice", page, re.S)
    with seeded.registry.session() as session:
        assert latest(session, topic).created_by == "seed"

    applied = editor.post("/content/spreadsheet", data=confirmation(page), content_type="multipart/form-data")
    assert applied.status_code == 302
    with seeded.registry.session() as session:
        version = latest(session, topic)
        assert version.created_by == "editor@example.org" and version.reference == "Revu par l'éditrice."
        # Nothing published unchecked: the imported version waits for another editor; users keep the old one.
        assert version.status == "in_review"
        assert published(session, topic).created_by == "seed"
    (entry,) = audit_entries(seeded, "import_content")
    assert entry.target == "answers.xlsx" and topic in entry.detail
