"""The ministry's editors in a real headless Chromium, against the running assistant."""

from __future__ import annotations

import datetime as dt
import subprocess
import time
import uuid
from collections.abc import Iterator

import pytest

from registry import content, help_desk
from registry.models import Office
from tests.e2e.conftest import BIN, ROOT, Assistant
from tests.e2e.staff_site import (
    StaffSite,
    needs_chromium,
    screenshot_path,
    signed_in,
    staff_site,
)

pytestmark = needs_chromium
LIVE_SECONDS = 5
WIDE = {"width": 1400, "height": 1000}  # the content form's three languages side by side


@pytest.fixture(scope="module")
def site(assistant: Assistant) -> Iterator[StaffSite]:
    # No Telegram here: editors' pages do not send messages.
    with staff_site(assistant, "http://127.0.0.1:9/bot", "") as site:
        yield site


def pension_text(assistant: Assistant, sender: str) -> str:
    return assistant.send(sender, "/pension_info")[0]["text"]


def test_edit_preview_review_publish_is_answered_within_5_s_and_rolls_back(
    browser, site: StaffSite, assistant: Assistant
) -> None:
    author = signed_in(browser, site, "editor", "ar", **WIDE)
    marker = f"(vérifié {uuid.uuid4().hex[:6]})"
    author.goto("/content/pension")
    author.wait_for_load_state("networkidle")
    assert author.get_attribute("#text_ar", "dir") == "rtl" and author.get_attribute("#text_fr", "dir") == "ltr"
    original = author.input_value("#text_fr")
    author.fill("#text_fr", f"{original} {marker}")
    # Validation as you type, and the Telegram preview, show the new text before anything is saved.
    author.locator("#text_fr").press("End")
    author.wait_for_selector(f"text={marker}", timeout=10_000)
    author.screenshot(path=str(screenshot_path("editor-content-edit-ar")), full_page=True)
    author.locator("form.content-form button[type=submit]").click()
    author.wait_for_load_state("networkidle")
    author.locator("form[action$='/submit'] button").click()
    author.wait_for_load_state("networkidle")
    # The author cannot approve their own change.
    assert author.locator("form[action$='/approve']").count() == 0

    reviewer = signed_in(browser, site, "editor", "fr", **WIDE)
    reviewer.goto("/content/pension")
    reviewer.locator("form[action$='/approve'] button").click()
    published_at = time.monotonic()
    sender = f"editor-check-{uuid.uuid4().hex[:6]}"
    assistant.send(sender, "Bonjour")
    while marker not in pension_text(assistant, sender):
        assert time.monotonic() - published_at < LIVE_SECONDS, "the published change was not answered within 5 s"
        time.sleep(0.2)
    live_after = time.monotonic() - published_at
    print(f"publish to live: {live_after:.2f} s")

    # Rollback: one click on the previous version, a new version, and the assistant says the old text again.
    reviewer.goto("/content/pension/history")
    with content_session(site) as session:
        versions = [v.version for v in session.query(content.ContentVersion).filter_by(topic="pension")]
    previous = sorted(versions)[-2]
    reviewer.locator(f"form[action$='/versions/{previous}/rollback'] button").click()
    reviewer.wait_for_load_state("networkidle")
    deadline = time.monotonic() + LIVE_SECONDS
    while marker in pension_text(assistant, sender):
        assert time.monotonic() < deadline, "the rollback was not answered within 5 s"
        time.sleep(0.2)
    with content_session(site) as session:
        newest = content.latest(session, "pension")
        assert newest.version == max(versions) + 1 and newest.status == "published"
    for page in (author, reviewer):
        assert page.console_errors == []
        page.context.close()


def content_session(site: StaffSite):
    return site.services.registry.session()


def test_an_unanswered_group_becomes_training_examples_for_the_next_training(
    browser, site: StaffSite, assistant: Assistant, tmp_path
) -> None:
    asked = [
        "wach kayn chi salon dyal sna3a t9lidiya f casa had l3am",
        "wach kayn salon d sna3a taqlidiya f casablanca had l3am?",
        "kayn chi salon dyal sna3a t9lidiya f casa had l3am wla la",
    ]
    now = dt.datetime.now(dt.timezone.utc)
    with content_session(site) as session:
        for number, text in enumerate(asked):
            help_desk.record_unanswered(
                session,
                conversation_id=f"unanswered-{number}",
                text=text,
                language="ary",
                predicted_intent="nlu_fallback",
                confidence=0.2,
                at=now,
            )
    editor = signed_in(browser, site, "editor", "fr", **WIDE)
    editor.goto("/unanswered")
    group = editor.locator(".unanswered-group", has_text=asked[0]).first
    assert group.get_attribute("data-count") == "3", "the three ways of asking are one group"
    group.locator("select[name=intent]").select_option("marketing")
    group.locator("button[name=action][value=training]").click()
    editor.wait_for_load_state("networkidle")
    assert editor.locator(".unanswered-group", has_text=asked[0]).count() == 0
    out = tmp_path / "corrections"
    result = subprocess.run(
        [str(BIN / "hirfa"), "review", "export", "--out", str(out)],
        cwd=ROOT,
        env={**assistant.env, "HIRFA_DATABASE_URL": assistant.database_url},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    exported = (out / "ary_Latn.yml").read_text()
    assert "intent: marketing" in exported and all(text.rstrip("?") in exported for text in asked)
    assert editor.console_errors == []
    editor.context.close()


def test_an_office_phone_changed_in_the_page_is_answered_at_once(browser, site: StaffSite, assistant: Assistant) -> None:
    with content_session(site) as session:
        office = session.query(Office).filter_by(kind="chamber", city_name="Fès").one()
        kept = {name: getattr(office, name) for name in EDITED_OFFICE_FIELDS}
    try:
        answered_after_a_phone_change(browser, site, assistant, office)
    finally:
        # The other end-to-end tests share this registry and expect the seeded chamber.
        with content_session(site) as session:
            for name, value in kept.items():
                setattr(session.get(Office, office.id), name, value)


EDITED_OFFICE_FIELDS = ("address", "phone", "source", "verified_on", "seat_confirmed")


def answered_after_a_phone_change(browser, site: StaffSite, assistant: Assistant, office: Office) -> None:
    editor = signed_in(browser, site, "editor", "ar", **WIDE)
    editor.goto(f"/offices/{office.id}")
    assert editor.get_attribute("html", "dir") == "rtl"
    editor.fill("#office-form [name=address]", "Avenue des Almohades, Fès")
    editor.fill("#office-form [name=phone]", "0535 12 34 56")
    editor.fill("#office-form [name=source]", "Chambre d'artisanat de Fès-Meknès")
    editor.fill("#office-form [name=verified_on]", dt.date.today().isoformat())
    editor.locator("#office-form button[value=save]").click()
    editor.wait_for_load_state("networkidle")
    editor.screenshot(path=str(screenshot_path("editor-office-ar")), full_page=True)
    sender = f"office-{uuid.uuid4().hex[:6]}"
    assistant.send(sender, "Bonjour")
    replies = assistant.send(sender, "où est la chambre d'artisanat de Fès ?")
    assert any("0535123456" in (reply.get("text") or "") for reply in replies), replies
    assert editor.console_errors == []
    editor.context.close()


def test_an_xlsx_with_one_bad_row_is_refused_whole_and_a_good_one_round_trips(
    browser, site: StaffSite, tmp_path
) -> None:
    from openpyxl import load_workbook

    editor = signed_in(browser, site, "editor", "fr", **WIDE)
    download = editor.request.get(f"{site.url}/offices.xlsx")
    assert download.ok
    good = tmp_path / "offices.xlsx"
    good.write_bytes(download.body())
    workbook = load_workbook(good)
    header = [cell.value for cell in workbook.active[1]]
    workbook.active.cell(row=3, column=header.index("phone") + 1, value="12345")
    bad = tmp_path / "offices-bad.xlsx"
    workbook.save(bad)
    with content_session(site) as session:
        before = {o.id: o.phone for o in session.query(Office)}
        kept = {o.id: {name: getattr(o, name) for name in EDITED_OFFICE_FIELDS} for o in session.query(Office)}
    try:
        refused_then_round_trip(editor, bad, good)
        with content_session(site) as session:
            assert {o.id: o.phone for o in session.query(Office)} == before, "the round trip changes no phone"
    finally:
        # An import confirms the seats it lists; the other end-to-end tests expect the seeded ones.
        with content_session(site) as session:
            for office_id, fields in kept.items():
                for name, value in fields.items():
                    setattr(session.get(Office, office_id), name, value)
    assert editor.console_errors == []
    editor.context.close()


def refused_then_round_trip(editor, bad, good) -> None:
    """The bad file is refused whole, naming its row and column; the good one is checked, then applied."""
    editor.goto("/offices/import")
    editor.set_input_files("#upload-form input[type=file]", str(bad))
    editor.locator("#upload-form button[type=submit]").click()
    editor.wait_for_load_state("networkidle")
    page = editor.content()
    assert "row 3" in page and "phone" in page
    assert editor.locator("#confirm-form").count() == 0, "a file with an error cannot be applied"
    assert [e for e in editor.console_errors if "400" not in e] == []  # the refusal answers 400
    editor.console_errors.clear()

    editor.set_input_files("#upload-form input[type=file]", str(good))
    editor.locator("#upload-form button[type=submit]").click()
    editor.wait_for_load_state("networkidle")
    editor.locator("#confirm-form button[type=submit]").click()
    editor.wait_for_load_state("networkidle")
