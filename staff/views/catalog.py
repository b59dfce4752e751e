"""The editors' trades and offices, and the answers' spreadsheet: view, edit, download, import.

Every change goes through the command-line imports (registry/importer.py, registry/content.py):
an edit form becomes a one-row file, an upload is the editor's file. A dry run shows row by row
what the import would change; only the confirmation applies it, and it is written to the audit log.

Between the dry run and the confirmation the uploaded file travels in the confirmation form
itself, with a signature (the application's secret key) over its digest, its kind, the member and
the time. Nothing is kept on the server, so nothing is left behind when an editor walks away, any
worker process can confirm, and what is applied is byte for byte the file that was checked.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session
from wtforms import BooleanField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import Length

from registry import catalog_files, content, importer
from registry.catalog_files import FileChanges
from registry.models import OFFICE_KINDS, TRADE_FAMILIES, Office, Region
from registry.spreadsheets import CSV_SUFFIX, TABLE_SUFFIXES, XLSX_SUFFIX, write_csv
from staff import audit
from staff.i18n import interface_language
from staff.permissions import requires
from staff.services import services

blueprint = Blueprint("catalog", __name__)

KIND_LABELS = {"trades": _l("Trades"), "offices": _l("Offices"), "content": _l("Answers")}
FAMILY_LABELS = {"art_production": _l("Art production"), "services": _l("Services")}
OFFICE_KIND_LABELS = {"chamber": _l("Chamber of crafts"), "directorate": _l("Directorate")}
FORMATS = {"csv": CSV_SUFFIX, "xlsx": XLSX_SUFFIX}
MIMETYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# How long a checked file may wait for its confirmation.
TICKET_AGE = 3600
_TICKET_SALT = "hirfa-catalog-upload"
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
# An import error about one field of a one-row file: "row 2: phone: …".
_FIELD_ERROR = re.compile(r"row \d+: (\w+): (.*)", re.DOTALL)


class UploadForm(FlaskForm):
    file = FileField(_l("CSV or XLSX file"))


class ConfirmForm(FlaskForm):
    """The checked file, carried back with its signed ticket."""

    payload = HiddenField()
    name = HiddenField()
    ticket = HiddenField()


class TradeForm(FlaskForm):
    family = SelectField(_l("Family"), choices=[(f, FAMILY_LABELS[f]) for f in TRADE_FAMILIES])
    branch = StringField(_l("Branch"), validators=[Length(max=100)])
    name_ar = StringField(_l("Name in Arabic"), validators=[Length(max=300)])
    name_ary = StringField(_l("Name in Darija"), validators=[Length(max=300)])
    name_fr = StringField(_l("Name in French"), validators=[Length(max=300)])
    official = BooleanField(_l("On the official list"))
    variants = TextAreaField(_l("Spellings (one a line, in every script)"), validators=[Length(max=20_000)])
    source = StringField(_l("Source"), validators=[Length(max=2000)])
    verified_on = StringField(_l("Verified on"), validators=[Length(max=20)])


class OfficeForm(FlaskForm):
    name_ar = StringField(_l("Name in Arabic"), validators=[Length(max=300)])
    name_fr = StringField(_l("Name in French"), validators=[Length(max=300)])
    address = TextAreaField(_l("Address"), validators=[Length(max=2000)])
    phone = StringField(_l("Phone"), validators=[Length(max=40)])
    hours = StringField(_l("Opening hours"), validators=[Length(max=500)])
    latitude = StringField(_l("Latitude"), validators=[Length(max=30)])
    longitude = StringField(_l("Longitude"), validators=[Length(max=30)])
    source = StringField(_l("Source"), validators=[Length(max=2000)])
    verified_on = StringField(_l("Verified on"), validators=[Length(max=20)])


# --- trades --------------------------------------------------------------------------------


def _trade_filters() -> dict[str, str]:
    args = request.args
    return {
        "q": args.get("q", "").strip()[:200],
        "family": args.get("family", "") if args.get("family") in TRADE_FAMILIES else "",
        "official": args.get("official", "") if args.get("official") in ("yes", "no") else "",
    }


def _filtered_trades(session: Session, filters: dict[str, str]) -> list[dict[str, str]]:
    """The trades' rows (the file's columns) that pass the list's filters."""
    query = filters["q"].casefold()
    rows = []
    for row in catalog_files.trade_rows(session):
        if filters["family"] and row["family"] != filters["family"]:
            continue
        if filters["official"] and row["official"] != ("true" if filters["official"] == "yes" else "false"):
            continue
        if query and not any(
            query in row[c].casefold() for c in ("code", "name_ar", "name_ary", "name_fr", "variants")
        ):
            continue
        rows.append(row)
    return rows


def spellings_by_script(variants: str) -> dict[str, list[str]]:
    """A trade's spellings split into Arabic script and Latin script (French and Arabizi)."""
    found: dict[str, list[str]] = {"arabic": [], "latin": []}
    for spelling in filter(None, variants.split(importer.VARIANT_SEPARATOR)):
        found["arabic" if _ARABIC_LETTER.search(spelling) else "latin"].append(spelling)
    return found


@blueprint.route("/trades")
@requires("edit_content")
def trades():
    filters = _trade_filters()
    with services().registry.session() as session:
        rows = _filtered_trades(session, filters)
    return render_template(
        "catalog_trades.html",
        rows=rows,
        filters=filters,
        families=FAMILY_LABELS,
        scripts={row["code"]: spellings_by_script(row["variants"]) for row in rows},
        verified={row["code"]: _date(row["verified_on"]) for row in rows},
    )


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@blueprint.route("/trades.<any(csv, xlsx):fmt>")
@requires("edit_content")
def trades_download(fmt: str):
    with services().registry.session() as session:
        codes = [row["code"] for row in _filtered_trades(session, _trade_filters())]
        return _download(fmt, "hirfa-trades", lambda path: catalog_files.export_trades(session, path, codes))


@blueprint.route("/trades/<code>", methods=["GET", "POST"])
@requires("edit_content")
def trade(code: str):
    with services().registry.session() as session:
        row = next(iter(catalog_files.trade_rows(session, [code])), None)
    if row is None:
        abort(404)
    form = TradeForm(
        data={**row, "official": row["official"] == "true", "variants": row["variants"].replace("|", "\n")}
    )
    if request.method == "POST" and form.validate_on_submit():
        values = {
            name: (form[name].data or "").strip()
            for name in ("family", "branch", "name_ar", "name_ary", "name_fr")
        }
        values.update(
            code=code,
            official="true" if form.official.data else "false",
            variants=importer.VARIANT_SEPARATOR.join(_lines(form.variants.data)),
            source=(form.source.data or "").strip(),
            verified_on=(form.verified_on.data or "").strip(),
        )
        return _edit(
            "trades",
            catalog_files.TRADE_EXPORT_COLUMNS,
            values,
            form,
            code,
            "edit_trade",
            url_for("catalog.trade", code=code),
            "catalog_trade.html",
            row=row,
        )
    return render_template(
        "catalog_trade.html", form=form, row=row, changes=None
    ), 400 if form.errors else 200


def _lines(text: str | None) -> list[str]:
    # The separator of the file may be typed as well as a new line.
    return [part.strip() for line in (text or "").splitlines() for part in line.split("|") if part.strip()]


# --- offices -------------------------------------------------------------------------------


def _regions(session: Session) -> dict[str, str]:
    column = Region.name_ar if interface_language() == "ar" else Region.name_fr
    return {code: name for code, name in session.execute(select(Region.code, column).order_by(column))}


def _office_filters(regions: dict[str, str]) -> dict[str, str]:
    args = request.args
    return {
        "q": args.get("q", "").strip()[:200],
        "region": args.get("region", "") if args.get("region") in regions else "",
        "kind": args.get("kind", "") if args.get("kind") in OFFICE_KINDS else "",
    }


def _filtered_offices(session: Session, filters: dict[str, str]) -> list[Office]:
    statement = select(Office).order_by(Office.region_code, Office.kind, Office.city_name, Office.id)
    if filters["region"]:
        statement = statement.where(Office.region_code == filters["region"])
    if filters["kind"]:
        statement = statement.where(Office.kind == filters["kind"])
    query = filters["q"].casefold()
    offices = list(session.execute(statement).scalars())
    if query:
        fields = ("name_ar", "name_fr", "city_name", "address", "phone")
        offices = [o for o in offices if any(query in (getattr(o, f) or "").casefold() for f in fields)]
    return offices


@blueprint.route("/offices")
@requires("edit_content")
def offices():
    with services().registry.session() as session:
        regions = _regions(session)
        filters = _office_filters(regions)
        rows = _filtered_offices(session, filters)
    return render_template(
        "catalog_offices.html", rows=rows, filters=filters, regions=regions, kinds=OFFICE_KIND_LABELS
    )


@blueprint.route("/offices.<any(csv, xlsx):fmt>")
@requires("edit_content")
def offices_download(fmt: str):
    with services().registry.session() as session:
        ids = [office.id for office in _filtered_offices(session, _office_filters(_regions(session)))]
        return _download(fmt, "hirfa-offices", lambda path: catalog_files.export_offices(session, path, ids))


@blueprint.route("/offices/<int:office_id>", methods=["GET", "POST"])
@requires("edit_content")
def office(office_id: int):
    with services().registry.session() as session:
        row = next(iter(catalog_files.office_rows(session, [office_id])), None)
        found = session.get(Office, office_id)
        seat_confirmed = bool(found.seat_confirmed) if found else False
    if row is None:
        abort(404)
    form = OfficeForm(data=row)
    key = catalog_files.office_key(row["kind"], row["region"], row["city"] or None)
    extra = {"row": row, "seat_confirmed": seat_confirmed, "kinds": OFFICE_KIND_LABELS}
    if request.method == "POST" and form.validate_on_submit():
        # The kind, region and city name the office: they stay, the rest is the editor's.
        values = {name: row[name] for name in ("kind", "region", "city")}
        values.update({name: (form[name].data or "").strip() for name in form.data if name != "csrf_token"})
        return _edit(
            "offices",
            catalog_files.OFFICE_EXPORT_COLUMNS,
            values,
            form,
            key,
            "edit_office",
            url_for("catalog.office", office_id=office_id),
            "catalog_office.html",
            **extra,
        )
    return render_template(
        "catalog_office.html", form=form, changes=None, **extra
    ), 400 if form.errors else 200


# --- an edit as a one-row import -------------------------------------------------------------


def _edit(
    kind: str,
    columns: Iterable[str],
    values: dict[str, str],
    form: FlaskForm,
    target: str,
    action: str,
    back: str,
    template: str,
    **context: Any,
):
    """Check the form's values as a one-row file; "Save" applies them, "Check" only shows what changes."""
    columns = tuple(columns)
    apply = request.form.get("action") == "save"
    with tempfile.TemporaryDirectory(prefix="hirfa-edit-") as directory:
        path = Path(directory) / f"{kind}.csv"
        write_csv(path, columns, [[values.get(c, "") for c in columns]])
        with services().registry.session() as session:
            changes = catalog_files.import_file(session, kind, path, apply=apply)
            if changes.applied:
                touched = [f"{c}: {old} → {new}" for row in changes.rows for c, old, new in row.changes]
                audit.record(session, current_user.id, action, target, "; ".join(touched) or "unchanged")
    general = _field_errors(form, changes.errors)
    if changes.applied:
        flash(_("Saved: %(target)s.", target=target), "success")
        return redirect(back)
    status = 200 if changes.ok else 400
    return render_template(template, form=form, changes=changes, general_errors=general, **context), status


def _field_errors(form: FlaskForm, errors: list[str]) -> list[str]:
    """Give each error about a field of the form to that field; the others are returned."""
    general = []
    for error in errors:
        match = _FIELD_ERROR.fullmatch(error)
        if match and match.group(1) in form and match.group(1) != "csrf_token":
            form[match.group(1)].errors = [*form[match.group(1)].errors, match.group(2)]
        else:
            general.append(re.sub(r"^row \d+: ", "", error))
    return general


# --- downloads and uploads -------------------------------------------------------------------


def _download(fmt: str, stem: str, export: Callable[[Path], int]) -> Response:
    with tempfile.TemporaryDirectory(prefix="hirfa-export-") as directory:
        path = Path(directory) / f"{stem}{FORMATS[fmt]}"
        export(path)
        data = path.read_bytes()
    return Response(
        data,
        mimetype=MIMETYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{path.name}"', "Cache-Control": "no-store"},
    )


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_TICKET_SALT)


def max_upload() -> int:
    """The largest file accepted: its base64 text must fit one form field on the way back."""
    limit = current_app.config.get("MAX_FORM_MEMORY_SIZE") or 10_000_000
    return limit * 3 // 4 - 4096


def _ticket(kind: str, data: bytes, name: str) -> str:
    digest = hashlib.sha256(data).hexdigest()
    return _serializer().dumps({"kind": kind, "member": current_user.id, "sha256": digest, "name": name})


def _checked_file(kind: str, form: ConfirmForm) -> tuple[bytes, str] | None:
    """The file of a confirmation, if its ticket is this member's, for this kind, recent and its own."""
    try:
        ticket = _serializer().loads(form.ticket.data or "", max_age=TICKET_AGE)
        data = base64.b64decode(form.payload.data or "", validate=True)
    except (BadSignature, binascii.Error, ValueError):
        return None
    if (
        not isinstance(ticket, dict)
        or ticket.get("kind") != kind
        or ticket.get("member") != current_user.id
        or ticket.get("sha256") != hashlib.sha256(data).hexdigest()
    ):
        return None
    return data, str(ticket.get("name", ""))


def _run(kind: str, data: bytes, name: str, apply: bool) -> FileChanges:
    """Import the file's bytes as ``kind`` (a dry run unless ``apply``); an applied one is audited."""
    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory(prefix="hirfa-upload-") as directory:
        path = Path(directory) / f"upload{suffix}"
        path.write_bytes(data)
        with services().registry.session() as session:
            changes = catalog_files.import_file(session, kind, path, apply=apply, editor=current_user.email)
            if changes.applied:
                audit.record(session, current_user.id, f"import_{kind}", name, changes.summary())
    # The errors name the temporary copy; the editor knows the file by its own name.
    changes.errors = [error.replace(path.name, name) for error in changes.errors]
    return changes


def _import_page(kind: str, back: str, template: str = "catalog_import.html", **context: Any):
    """The upload form; a file is checked (dry run), a confirmation applies the file that was checked."""
    upload, confirm = UploadForm(), ConfirmForm()
    changes, status = None, 200
    page = {
        "kind": kind,
        "kind_label": KIND_LABELS[kind],
        "back": back,
        "max_upload": max_upload(),
        **context,
    }
    if request.method == "POST" and request.form.get("action") == "apply":
        if not confirm.validate_on_submit():
            abort(400)
        checked = _checked_file(kind, confirm)
        if checked is None:
            flash(_("This check has expired or does not match the file: upload the file again."), "danger")
            return redirect(request.path)
        data, name = checked
        changes = _run(kind, data, name, apply=True)
        if changes.applied:
            flash(
                _(
                    "%(name)s imported: %(added)d added, %(changed)d changed, %(unchanged)d unchanged.",
                    name=name,
                    added=changes.count("added"),
                    changed=changes.count("changed"),
                    unchanged=changes.count("unchanged"),
                ),
                "success",
            )
            return redirect(back)
        status = 400
    elif request.method == "POST":
        if not upload.validate_on_submit():
            abort(400)
        file = upload.file.data
        name = Path(getattr(file, "filename", "") or "").name
        data = file.read(max_upload() + 1) if file else b""
        if not name or Path(name).suffix.lower() not in TABLE_SUFFIXES:
            flash(_("Choose a CSV (.csv) or XLSX (.xlsx) file."), "danger")
            status = 400
        elif len(data) > max_upload():
            flash(_("The file is too large (at most %(size)s kB).", size=max_upload() // 1000), "danger")
            status = 400
        else:
            changes = _run(kind, data, name, apply=False)
            if changes.ok:
                confirm = ConfirmForm(
                    formdata=None,
                    payload=base64.b64encode(data).decode(),
                    name=name,
                    ticket=_ticket(kind, data, name),
                )
            else:
                status = 400
    return render_template(template, upload=upload, confirm=confirm, changes=changes, **page), status


@blueprint.route("/trades/import", methods=["GET", "POST"])
@requires("edit_content")
def trades_import():
    return _import_page("trades", url_for("catalog.trades"))


@blueprint.route("/offices/import", methods=["GET", "POST"])
@requires("edit_content")
def offices_import():
    return _import_page("offices", url_for("catalog.offices"))


@blueprint.route("/content/spreadsheet", methods=["GET", "POST"])
@requires("edit_content")
def content_spreadsheet():
    return _import_page("content", url_for("catalog.content_spreadsheet"))


@blueprint.route("/content/spreadsheet.<any(csv, xlsx):fmt>")
@requires("edit_content")
def content_download(fmt: str):
    with services().registry.session() as session:
        return _download(fmt, "hirfa-answers", lambda path: content.export_content(session, path))
