"""The staff application served on a loopback port beside the real assistant, and a real Chromium to use it."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from hirfa.settings import Settings
from registry.types import utc_now
from staff import accounts, summaries
from staff.app import create_app
from staff.services import Services
from tests.e2e.conftest import ROOT, Assistant, free_port

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--no-first-run",
]
# Kept for a person to look at after the run (the Arabic layout, the inbox).
SCREENSHOTS = ROOT / "var" / "screenshots"
PASSWORD = "browser test password"
# For every browser test module: its pytestmark.
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="run `make browser` (make test does it)")


@dataclass
class StaffSite:
    url: str
    services: Services

    def account(self, email: str, role: str, language: str) -> str:
        with self.services.registry.session() as session:
            accounts.add_member(session, email, PASSWORD, role, language, at=utc_now())
        return email


@contextmanager
def staff_site(assistant: Assistant, telegram_base_url: str, telegram_token: str) -> Iterator[StaffSite]:
    """The app from the assistant's own settings (its databases, Rasa and its token), on a free port."""
    settings = Settings.from_env(
        {
            **assistant.env,
            "HIRFA_RASA_URL": assistant.rasa_url,
            "HIRFA_SECRET_KEY": "browser-tests",
            "TELEGRAM_BOT_TOKEN": telegram_token,
            "TELEGRAM_API_BASE_URL": telegram_base_url,
        }
    )
    services = Services.from_settings(settings)
    port = free_port()
    server = make_server("127.0.0.1", port, create_app(settings, services), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    # The indexer, as `make run` starts it beside the app: the inbox reads its summaries.
    stopping = threading.Event()
    indexer = threading.Thread(
        target=summaries.follow,
        args=(services.registry, services.tracker),
        kwargs={"pause": 0.2, "stop": stopping.is_set},
        daemon=True,
    )
    indexer.start()
    try:
        yield StaffSite(f"http://127.0.0.1:{port}", services)
    finally:
        stopping.set()
        indexer.join(timeout=10)
        server.shutdown()
        thread.join(timeout=10)
        services.registry.dispose()
        services.tracker.dispose()


@contextmanager
def chromium() -> Iterator[object]:
    """Debian's headless chromium through Playwright, for a test module.

    Our own fixture rather than pytest-playwright's, whose session event loop clashes with pytest-asyncio.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def new_page(browser, site: StaffSite, width: int = 1280, height: int = 900):
    """A page in a fresh context; ``page.console_errors`` collects the browser's errors (a blocked script too)."""
    context = browser.new_context(base_url=site.url, viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.console_errors = errors
    return page


def sign_in(page, email: str) -> None:
    page.goto("/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")


def signed_in(browser, site: StaffSite, role: str, language: str, width: int = 1280, height: int = 900):
    """A new page signed in as a new account of ``role``; its address in ``page.email``."""
    email = site.account(f"{role}-{uuid.uuid4().hex[:8]}@example.org", role, language)
    page = new_page(browser, site, width, height)
    sign_in(page, email)
    page.email = email
    return page


def screenshot_path(name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / f"{name}.png"
