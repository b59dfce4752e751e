"""Signing in, the limits on guessing, roles on every page, languages, and the security headers."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from registry.models import AuditEntry, StaffMember
from staff.app import create_app
from staff.permissions import ABILITIES
from tests.staff.conftest import PASSWORD, csrf_token, sign_in


def test_pages_need_a_signed_in_member(client: FlaskClient) -> None:
    for path in ("/", "/admin/staff", "/waiting"):
        response = client.get(path)
        assert response.status_code == 302 and "/login" in response.headers["Location"], path


def test_a_wrong_password_is_refused_and_five_failures_lock_the_account(client: FlaskClient) -> None:
    token = csrf_token(client, "/login")
    for _ in range(5):
        response = client.post("/login", data={"email": "agent@example.org", "password": "wrong", "csrf_token": token})
        assert response.status_code == 401
    # The sixth try is refused even with the right password, for 15 minutes.
    response = client.post("/login", data={"email": "agent@example.org", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 429
    assert "15 minutes" in response.get_data(as_text=True)


def test_five_failures_from_one_address_lock_every_account_from_it(client: FlaskClient) -> None:
    token = csrf_token(client, "/login")
    for number in range(5):
        client.post("/login", data={"email": f"nobody{number}@example.org", "password": "x", "csrf_token": token})
    response = client.post("/login", data={"email": "admin@example.org", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 429


def test_a_form_without_its_csrf_token_is_refused(client: FlaskClient) -> None:
    response = client.post("/login", data={"email": "admin@example.org", "password": PASSWORD})
    assert response.status_code == 400
    assert "expired" in response.get_data(as_text=True)


def test_sign_in_then_out(client: FlaskClient) -> None:
    sign_in(client, "admin")
    assert client.get("/admin/staff").status_code == 200
    response = client.post("/logout", data={"csrf_token": csrf_token(client, "/admin/staff")})
    assert response.status_code == 302
    assert client.get("/admin/staff").status_code == 302


def test_a_next_address_off_this_site_is_not_followed(client: FlaskClient) -> None:
    token = csrf_token(client, "/login")
    response = client.post(
        "/login?next=//evil.example/x",
        data={"email": "admin@example.org", "password": PASSWORD, "csrf_token": token},
    )
    assert response.headers["Location"] == "/"


@pytest.mark.parametrize("role", [r for r in ABILITIES if "manage_staff" not in ABILITIES[r]])
def test_only_administrators_manage_accounts(client: FlaskClient, role: str) -> None:
    sign_in(client, role)
    assert client.get("/admin/staff").status_code == 403


def test_an_administrator_adds_disables_and_changes_roles(client: FlaskClient, services) -> None:
    sign_in(client, "admin")
    token = csrf_token(client, "/admin/staff")
    response = client.post(
        "/admin/staff",
        data={"email": "New@Example.org", "password": "another long one", "role": "agent", "language": "ar", "csrf_token": token},
    )
    assert response.status_code == 302
    with services.registry.session() as session:
        new = session.query(StaffMember).filter_by(email="new@example.org").one()
        assert new.role == "agent" and new.active and new.password_hash.startswith("scrypt:")
    response = client.post(f"/admin/staff/{new.id}", data={f"m{new.id}-role": "reviewer", "csrf_token": token})
    assert response.status_code == 302
    with services.registry.session() as session:
        changed = session.get(StaffMember, new.id)
        assert changed.role == "reviewer" and not changed.active
        actions = [entry.action for entry in session.query(AuditEntry).order_by(AuditEntry.id)]
        assert actions == ["add_staff", "change_staff"]
    # A disabled account cannot sign in.
    other = client.application.test_client()
    token = csrf_token(other, "/login")
    response = other.post("/login", data={"email": "new@example.org", "password": "another long one", "csrf_token": token})
    assert response.status_code == 401


def test_an_administrator_cannot_lock_themself_out(client: FlaskClient, services) -> None:
    sign_in(client, "admin")
    with services.registry.session() as session:
        admin = session.query(StaffMember).filter_by(email="admin@example.org").one()
    token = csrf_token(client, "/admin/staff")
    client.post(f"/admin/staff/{admin.id}", data={f"m{admin.id}-role": "agent", f"m{admin.id}-active": "y", "csrf_token": token})
    with services.registry.session() as session:
        assert session.get(StaffMember, admin.id).role == "admin"


def test_a_duplicate_or_bad_account_is_refused_with_the_reason(client: FlaskClient) -> None:
    sign_in(client, "admin")
    token = csrf_token(client, "/admin/staff")
    response = client.post(
        "/admin/staff",
        data={"email": "agent@example.org", "password": "another long one", "role": "agent", "language": "fr", "csrf_token": token},
    )
    assert response.status_code == 400 and "already has an account" in response.get_data(as_text=True)


def test_arabic_is_right_to_left_and_lang_switches(client: FlaskClient) -> None:
    page = client.get("/login?lang=ar").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page and "bootstrap.rtl.min.css" in page
    page = client.get("/login?lang=fr").get_data(as_text=True)
    assert '<html lang="fr" dir="ltr">' in page and "bootstrap.min.css" in page
    # The choice is remembered for the next page.
    assert '<html lang="fr"' in client.get("/login").get_data(as_text=True)


def test_every_page_carries_the_security_headers(client: FlaskClient) -> None:
    response = client.get("/login")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    cookie = response.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    # No inline script anywhere on the page: the policy would block it.
    assert not re.search(r"<script(?![^>]*\bsrc=)", response.get_data(as_text=True))


def test_the_interface_speaks_arabic_and_french_from_the_catalogs(settings, services) -> None:
    client = create_app(settings, services, TESTING=True).test_client()
    arabic = client.get("/login?lang=ar").get_data(as_text=True)
    french = client.get("/login?lang=fr").get_data(as_text=True)
    assert "تسجيل الدخول" in arabic and "Sign in" not in arabic
    assert "Se connecter" in french and "Sign in" not in french
