"""A chamber adviser files a registration help request for an artisan who came in person.

The answers are checked as the assistant's form checks them (actions/field_formats.py, the registry's
trade and city matching); the request is recorded through the registry's one way of creating requests,
marked as filed at the chamber by the adviser, and the reference is shown to give to the artisan.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, redirect, render_template, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.orm import Session
from wtforms import BooleanField, SelectField, StringField
from wtforms.validators import DataRequired, Length

from actions.field_formats import clean_cin, clean_mobile, clean_name
from registry import queries
from registry.models import RegistrationRequest
from registry.types import utc_now
from staff import audit
from staff.i18n import interface_language
from staff.permissions import requires
from staff.services import services
from staff.situation_labels import CATEGORY_LABELS

blueprint = Blueprint("new_request", __name__, url_prefix="/requests/new")

MAX_FIELD = 200
# Requests filed at the chamber have no chat: they are named after the adviser's account.
CHAMBER_CONVERSATION = "chamber:{staff_id}"


class NewRequestForm(FlaskForm):
    full_name = StringField(_l("Full name, as on the national ID card"), validators=[Length(max=MAX_FIELD)])
    cin = StringField(_l("CIN number"), validators=[Length(max=MAX_FIELD)])
    phone = StringField(_l("Mobile number"), validators=[Length(max=MAX_FIELD)])
    trade = StringField(_l("Craft"), validators=[Length(max=MAX_FIELD)])
    keep_trade = BooleanField(_l("Keep the craft as written (the chamber will check it)"))
    city = StringField(_l("City or province"), validators=[Length(max=MAX_FIELD)])
    # Checked below with its own message ("choose the case"), not WTForms' "not a valid choice".
    category = SelectField(
        _l("Case"),
        validate_choice=False,
        choices=[("", _l("Choose…"))] + [(code, label) for code, label in CATEGORY_LABELS.items()]
    )
    agreed = BooleanField(
        _l("The artisan agreed, in person, that these details are kept for this request (law 09-08)."),
        validators=[DataRequired(message=_l("Tick this box only once the artisan has agreed, in person."))],
    )


def _checked(form: NewRequestForm, session: Session) -> dict[str, Any] | None:
    """The cleaned answers, or None after putting a kind message under each wrong field."""
    values: dict[str, Any] = {
        "full_name": clean_name(form.full_name.data or "", min_words=2),
        "cin": clean_cin(form.cin.data or ""),
        "phone": clean_mobile(form.phone.data or ""),
    }
    messages = {
        "full_name": _l("Write the first and last name in letters, without numbers or symbols."),
        "cin": _l("A CIN is one or two letters followed by 4 to 6 digits, for example AB123456."),
        "phone": _l("A mobile number is 10 digits starting with 06 or 07, for example 0612345678."),
    }
    for field, cleaned in values.items():
        if cleaned is None:
            getattr(form, field).errors.append(messages[field])
    trade_text = " ".join((form.trade.data or "").split())
    trades = queries.match_trades(session, trade_text) if trade_text else []
    values["trade_code"] = trades[0].code if trades else None
    values["trade_text"] = trade_text
    if not trade_text:
        form.trade.errors.append(_l("Write the artisan's craft."))
    elif not trades and not form.keep_trade.data:
        form.trade.errors.append(
            _l("I do not know this craft. Check the spelling, or tick “Keep the craft as written”.")
        )
    city_text = (form.city.data or "").strip()
    city = queries.find_city(session, city_text)
    values["city_name"] = city.name if city else None
    if city is None:
        form.city.errors.append(_l("I do not know this city. Write a city or province, for example Fès or Agadir."))
    values["category"] = form.category.data if form.category.data in CATEGORY_LABELS else None
    if values["category"] is None:
        form.category.errors.append(_l("Choose the artisan's case."))
    return None if any(f.errors for f in form) else values


@blueprint.route("", methods=["GET", "POST"])
@requires("file_requests")
def new():
    form = NewRequestForm()
    if not form.is_submitted():
        return render_template("request_new.html", form=form)
    form.validate()  # the CSRF token, the lengths and the agreement box
    with services().registry.session() as session:
        values = _checked(form, session)
        if values is None:
            return render_template("request_new.html", form=form), 400
        now = utc_now()
        request = queries.create_request(
            session,
            **values,
            conversation_id=CHAMBER_CONVERSATION.format(staff_id=current_user.id),
            consent_at=now,
            helper_relationship="adviser",
            person_consent_at=now,
            filed_by_staff_id=current_user.id,
        )
        audit.record(session, current_user.id, "file_request", f"request:{request.reference}", request.city_name)
        reference = request.reference
    return redirect(url_for("new_request.filed", reference=reference))


@blueprint.route("/<reference>")
@requires("file_requests")
def filed(reference: str):
    """The reference to give to the artisan, with their chamber (only to the adviser who filed it)."""
    with services().registry.session() as session:
        row = session.scalars(
            select(RegistrationRequest).where(
                RegistrationRequest.reference == reference, RegistrationRequest.filed_by_staff_id == current_user.id
            )
        ).first()
        if row is None:
            abort(404)
        office = row.office
        office_name = (office.name_ar if interface_language() == "ar" else office.name_fr) if office else ""
        return render_template("request_filed.html", row=row, office_name=office_name)
