"""The staff application on a migrated registry and an empty conversation store, with its test client."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from hirfa.settings import Settings
from registry.db import Registry
from registry.migrate import upgrade
from registry.types import utc_now
from staff import accounts
from staff.app import create_app
from staff.services import Services

PASSWORD = "a long enough password"
ROLES = ("agent", "reviewer", "editor", "admin", "adviser")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env(
        {
            "HIRFA_DATABASE_URL": f"sqlite:///{tmp_path / 'hirfa.db'}",
            "HIRFA_TRACKER_DB": str(tmp_path / "tracker.db"),
            "HIRFA_SECRET_KEY": "test-secret",
            # Nothing listens there: a call that reaches Rasa or Telegram would fail loudly.
            "HIRFA_RASA_URL": "http://127.0.0.1:9",
            "HIRFA_RASA_TOKEN": "rasa-token",
        }
    )


@pytest.fixture(scope="session")
def members_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A registry migrated to head with one account per role, built once: each test starts from a copy of it
    (migrating and hashing five passwords took most of a staff test's second)."""
    path = tmp_path_factory.mktemp("members") / "hirfa.db"
    url = f"sqlite:///{path}"
    upgrade(url)
    registry = Registry.from_url(url)
    with registry.session() as session:
        for role in ROLES:
            accounts.add_member(session, f"{role}@example.org", PASSWORD, role, "fr", at=utc_now())
    registry.dispose()
    return path


@pytest.fixture
def services(settings: Settings, members_database: Path, tmp_path: Path) -> Iterator[Services]:
    shutil.copyfile(members_database, tmp_path / "hirfa.db")
    built = Services.from_settings(settings)
    yield built
    built.registry.dispose()
    built.tracker.dispose()


@pytest.fixture
def app(settings: Settings, services: Services, tmp_path: Path) -> Flask:
    # No catalogs: pages show the English source texts the tests read (test_auth checks the real ones).
    return create_app(settings, services, TESTING=True, BABEL_TRANSLATION_DIRECTORIES=str(tmp_path / "no-catalogs"))


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def csrf_token(client: FlaskClient, path: str) -> str:
    """The CSRF token of the form on ``path``."""
    page = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page) or re.search(
        r'name="csrf_token" value="([^"]+)"', page
    )
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def sign_in(client: FlaskClient, role: str) -> None:
    """Sign ``client`` in as the account of ``role``."""
    token = csrf_token(client, "/login")
    response = client.post("/login", data={"email": f"{role}@example.org", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)
