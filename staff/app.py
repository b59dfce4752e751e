"""The staff application's factory: settings, services, security, languages and pages."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, render_template
from flask_babel import format_date, format_datetime, format_decimal, format_timedelta
from flask_login import LoginManager
from flask_wtf.csrf import CSRFError, CSRFProtect

from hirfa.settings import Settings, SettingsError
from registry.models import StaffMember
from staff.accounts import Member
from staff.forms import LANGUAGE_LABELS
from staff.i18n import init_babel
from staff.menu import menu
from staff.permissions import can
from staff.security import secure
from staff.services import Services
from staff.situation_labels import entity_name, entity_stated, value_label

LOCALES = Path(__file__).resolve().parent.parent / "locales"


def create_app(settings: Settings | None = None, services: Services | None = None, **config: object) -> Flask:
    """The application; ``services`` replaces the ones built from ``settings`` (tests), ``config`` Flask's."""
    settings = settings or Settings.from_env()
    if not settings.secret_key:
        raise SettingsError("HIRFA_SECRET_KEY must be set for the staff application (`make run` makes one)")
    app = Flask(__name__)
    app.config.update(SECRET_KEY=settings.secret_key, WTF_CSRF_TIME_LIMIT=None, **config)
    app.extensions["hirfa"] = services or Services.from_settings(settings)
    secure(app)
    init_babel(app, str(LOCALES))
    CSRFProtect(app)
    _sign_in(app)
    _pages(app)
    return app


def _sign_in(app: Flask) -> None:
    manager = LoginManager(app)
    manager.login_view = "auth.login"
    manager.login_message = None

    @manager.user_loader
    def load(member_id: str) -> Member | None:
        with app.extensions["hirfa"].registry.session() as session:
            row = session.get(StaffMember, int(member_id)) if member_id.isdigit() else None
            return Member.of(row) if row is not None and row.active else None


def _pages(app: Flask) -> None:
    from staff.views import (
        admin,
        announcements,
        auth,
        catalog,
        content,
        home,
        inbox,
        new_request,
        requests,
        review,
        staleness,
        stats,
        takeover,
        transcript,
        unanswered,
    )

    for module in (auth, home, admin, inbox, new_request, requests, stats, transcript, takeover, review, content, unanswered, staleness, catalog, announcements):
        app.register_blueprint(module.blueprint)
    app.add_url_rule("/", endpoint="home", view_func=home.start)

    @app.context_processor
    def page_helpers() -> dict[str, object]:
        return {
            "can": can,
            "menu": menu(app.view_functions, can),
            "entity_name": entity_name,
            "entity_stated": entity_stated,
            "value_label": value_label,
            "language_labels": LANGUAGE_LABELS,
            "format_date": format_date,
            "format_datetime": format_datetime,
            "format_timedelta": format_timedelta,
            "format_decimal": format_decimal,
        }

    @app.errorhandler(CSRFError)
    def csrf_refused(error: CSRFError):
        return render_template("error.html", code=400, reason="csrf"), 400

    for code in (403, 404):
        app.register_error_handler(code, lambda error, code=code: (render_template("error.html", code=code), code))
