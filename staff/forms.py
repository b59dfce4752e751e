"""The forms of the staff application (Flask-WTF: every form carries its CSRF token)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectField
from wtforms.validators import DataRequired, Length

from registry.models import STAFF_LANGUAGES, STAFF_ROLES
from staff.accounts import MIN_PASSWORD

ROLE_LABELS = {
    "agent": _l("Agent (answers people, handles requests)"),
    "reviewer": _l("Reviewer (corrects the assistant)"),
    "editor": _l("Editor (answers, trades and offices)"),
    "admin": _l("Administrator"),
    "adviser": _l("Chamber adviser (files requests for artisans who come in person)"),
}
LANGUAGE_LABELS = {"ar": "العربية", "fr": "Français"}


class SignInForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=255)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=1024)])


class NewMemberForm(FlaskForm):
    email = EmailField(_l("E-mail"), validators=[DataRequired(), Length(max=255)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(min=MIN_PASSWORD, max=1024)])
    role = SelectField(_l("Role"), choices=[(r, ROLE_LABELS[r]) for r in STAFF_ROLES])
    language = SelectField(_l("Interface language"), choices=[(lang, LANGUAGE_LABELS[lang]) for lang in STAFF_LANGUAGES])


class MemberForm(FlaskForm):
    role = SelectField(_l("Role"), choices=[(r, ROLE_LABELS[r]) for r in STAFF_ROLES])
    active = BooleanField(_l("May sign in"))


class ActionForm(FlaskForm):
    """A button that changes something: only its CSRF token."""
