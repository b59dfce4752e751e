"""Helping artisans from the staff application in a real headless Chromium: a chamber adviser files a request
for a walk-in artisan (in Arabic), and an editor writes, targets, schedules and cancels an announcement (in French).

Screenshots at phone (390 px) and laptop (1280 px) widths go to var/screenshots/ for a person to look at.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from registry.models import NewsSubscription, Region, RegistrationRequest, Trade
from tests.e2e.conftest import Assistant
from tests.e2e.staff_site import (
    StaffSite,
    needs_chromium,
    screenshot_path,
    signed_in,
    staff_site,
)

pytestmark = needs_chromium
WIDTHS = {"phone": 390, "laptop": 1280}


@pytest.fixture(scope="module")
def site(assistant: Assistant) -> Iterator[StaffSite]:
    # No Telegram: filing a request at the chamber and scheduling an announcement send nothing now.
    with staff_site(assistant, "http://127.0.0.1:9/bot", "") as site:
        yield site


def shoot(page, name: str) -> None:
    """The page at each width, whole; and nothing wider than the screen at the phone's width."""
    for width_name, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(screenshot_path(f"{name}-{width_name}")), full_page=True)
        if width_name == "phone":
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{name}: the page is {overflow} px wider than a phone's screen"
    page.set_viewport_size({"width": WIDTHS["laptop"], "height": 900})


def test_an_adviser_files_a_request_for_a_walk_in_artisan_in_arabic(browser, site: StaffSite) -> None:
    adviser = signed_in(browser, site, "adviser", "ar")
    adviser.goto("/requests/new")
    assert adviser.get_attribute("html", "dir") == "rtl" and adviser.get_attribute("html", "lang") == "ar"
    assert adviser.get_attribute("#cin", "dir") == "ltr"
    adviser.fill("#full_name", "فاطمة الزهراء بناني")
    adviser.fill("#cin", "12AB")
    adviser.fill("#phone", "06 12 34 56 78")
    adviser.fill("#trade", "zellige")
    adviser.fill("#city", "Fès")
    adviser.select_option("#category", "practice")
    adviser.locator("#new-request button[type=submit]").click()
    adviser.wait_for_load_state("networkidle")

    # Kind messages under the two wrong fields, in Arabic; the right answers are kept.
    cin_error = adviser.locator("#cin ~ .invalid-feedback")
    consent_error = adviser.locator("#agreed ~ .invalid-feedback")
    assert cin_error.is_visible() and consent_error.is_visible()
    assert re.search(r"[\u0600-\u06FF]", cin_error.inner_text()) and "AB123456" in cin_error.inner_text()
    assert re.search(r"[\u0600-\u06FF]", consent_error.inner_text())
    assert adviser.locator(".invalid-feedback:visible").count() == 2
    assert adviser.input_value("#full_name") == "فاطمة الزهراء بناني"
    shoot(adviser, "adviser-request-errors-ar")

    adviser.fill("#cin", "AB 123456")
    adviser.check("#agreed")
    adviser.locator("#new-request button[type=submit]").click()
    adviser.wait_for_load_state("networkidle")
    reference = adviser.inner_text("#reference").strip()
    assert re.fullmatch(r"[A-Z0-9-]{6,}", reference), reference
    shoot(adviser, "adviser-request-filed-ar")
    with site.services.registry.session() as session:
        row = session.scalars(sa.select(RegistrationRequest).where(RegistrationRequest.reference == reference)).one()
        assert row.helper_relationship == "adviser" and row.city_name == "Fès"

    adviser.goto("/requests")
    listed = adviser.locator("#requests tr", has_text=reference)
    assert listed.count() == 1
    badge = listed.locator(".filed-at-chamber")
    assert adviser.email in badge.inner_text() and re.search(r"[\u0600-\u06FF]", badge.inner_text())
    shoot(adviser, "adviser-requests-ar")
    assert [e for e in adviser.console_errors if "400" not in e] == []  # the refused form answers 400
    adviser.context.close()


def matching(site: StaffSite, region: str, trade: str, language: str) -> int:
    with site.services.registry.session() as session:
        return session.scalar(
            sa.select(sa.func.count())
            .select_from(NewsSubscription)
            .where(
                NewsSubscription.status == "active",
                NewsSubscription.region_code == region,
                NewsSubscription.trade_code == trade,
                NewsSubscription.language == language,
            )
        )


def subscribe(site: StaffSite, region: str, trade: str) -> int:
    """Three subscribers the target reaches, one in another language and one who blocked the bot;
    how many the target reaches in all."""
    before = matching(site, region, trade, "fr")
    now = dt.datetime.now(dt.timezone.utc)
    with site.services.registry.session() as session:
        for number, (language, status) in enumerate(
            [("fr", "active"), ("fr", "active"), ("fr", "active"), ("ar", "active"), ("fr", "blocked")]
        ):
            session.add(
                NewsSubscription(
                    chat_id=str(9_100_000_000 + uuid.uuid4().int % 1_000_000 * 10 + number),
                    language=language,
                    region_code=region,
                    trade_code=trade,
                    status=status,
                    subscribed_at=now,
                    updated_at=now,
                )
            )
    return before + 3


TEXTS = {
    "ar": "يفتح برنامج جديد لدعم الصناع التقليديين في جهتكم. اسألوا غرفة الصناعة التقليدية.",
    "ary": "كاين برنامج جديد باش يعاون الصناع التقليديين فالجهة ديالكم. سولو الغرفة.",
    "fr": "Un nouveau programme d'appui aux artisans ouvre dans votre région. Demandez à la chambre d'artisanat.",
}
SOURCES = {"ar": "وزارة الصناعة التقليدية", "ary": "وزارة الصناعة التقليدية", "fr": "Ministère de l'Artisanat"}


def test_an_editor_writes_targets_schedules_and_cancels_an_announcement_in_french(
    browser, site: StaffSite
) -> None:
    with site.services.registry.session() as session:
        region = session.scalars(sa.select(Region.code).order_by(Region.code)).first()
        trade = session.scalars(sa.select(Trade.code).order_by(Trade.code)).first()
    expected = subscribe(site, region, trade)
    editor = signed_in(browser, site, "editor", "fr")
    editor.goto("/announcements/new")
    assert editor.get_attribute("html", "lang") == "fr"
    assert editor.get_attribute("#text_ar", "dir") == "rtl" and editor.get_attribute("#text_fr", "dir") == "ltr"
    title = f"Programme d'appui {uuid.uuid4().hex[:6]}"
    editor.fill("#title", title)
    for language, text in TEXTS.items():
        editor.fill(f"#text_{language}", text)
        editor.fill(f"#source_{language}", SOURCES[language])
    editor.fill("#reference", "Circulaire du ministère, novembre 2026")
    editor.select_option("#regions", [region])
    editor.select_option("#trades", [trade])
    editor.check("#language_fr")
    # The count and the preview follow what is typed, before anything is saved.
    editor.wait_for_function(
        "expected => (document.querySelector('#matching')?.textContent || '').replace(/\\s/g, '').startsWith(expected)",
        arg=str(expected),
        timeout=10_000,
    )
    assert re.search(r"abonnés? correspond", editor.inner_text("#matching")), editor.inner_text("#matching")
    preview = editor.locator("[data-language=fr] .telegram-preview")
    assert "Un nouveau programme" in preview.inner_text()
    assert editor.get_attribute("[data-language=ar] .telegram-preview .message-text", "dir") == "rtl"
    assert editor.locator(".content-problems.alert-success").count() == 1, editor.inner_text("#check")
    # One switch to the other interface language, not one per language of the announcement.
    assert editor.locator("nav a.btn[lang]").all_inner_texts() == ["العربية"]
    shoot(editor, "editor-announcement-new-fr")

    editor.locator("form.announcement-form button[type=submit]").click()
    editor.wait_for_load_state("networkidle")
    assert re.search(r"/announcements/\d+$", editor.url), editor.url
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    editor.fill("#send_at", f"{tomorrow.isoformat()}T10:30")
    editor.locator(".schedule-form button[value=later]").click()
    editor.wait_for_load_state("networkidle")
    workflow = editor.inner_text(".workflow")
    assert "10:30" in workflow, workflow
    assert editor.locator("#report").count() == 0, "no all-zero sending report before it is sent"
    shoot(editor, "editor-announcement-scheduled-fr")

    editor.locator(".workflow form[action$='/cancel'] button").click()
    editor.wait_for_load_state("networkidle")
    assert editor.locator(".schedule-form").count() == 1, "cancelled, it is a draft again"
    assert "Annul" in editor.inner_text("body")
    editor.goto("/announcements")
    assert editor.locator("tr", has_text=title).count() == 1
    shoot(editor, "editor-announcements-fr")
    assert editor.console_errors == []
    editor.context.close()
