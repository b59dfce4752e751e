"""The help desk in a real headless Chromium, beside the real assistant, bot and a fake Telegram."""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator

import pytest

from tests.e2e.conftest import BIN, ROOT, Assistant
from tests.e2e.staff_site import (
    StaffSite,
    needs_chromium,
    new_page,
    screenshot_path,
    sign_in,
    staff_site,
)
from tests.e2e.test_telegram import Bot, new_chat, start_bot

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def bot(assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    bot = start_bot(assistant, tmp_path_factory.mktemp("telegram") / "bot.log")
    try:
        yield bot
    finally:
        bot.stop()
        bot.telegram.stop()


@pytest.fixture(scope="module")
def site(assistant: Assistant, bot: Bot) -> Iterator[StaffSite]:
    with staff_site(assistant, bot.telegram.base_url, bot.telegram.token) as site:
        yield site


@pytest.fixture
def page(browser, site: StaffSite):
    page = new_page(browser, site)  # a test that expects an error status clears page.console_errors
    yield page
    page.context.close()
    # A script blocked by the Content-Security-Policy, or one that failed, shows here.
    assert page.console_errors == [], page.console_errors


def test_an_administrator_signs_in_in_arabic_and_the_page_is_right_to_left(page, site: StaffSite) -> None:
    email = site.account("admin-ar@example.org", "admin", "ar")
    sign_in(page, email)
    page.goto("/admin/staff")
    page.wait_for_load_state("networkidle")
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # Bootstrap's RTL sheet puts the brand on the right.
    brand = page.locator(".navbar-brand").bounding_box()
    assert brand["x"] > 1280 / 2
    page.screenshot(path=str(screenshot_path("staff-accounts-ar")), full_page=True)
    page.goto("/admin/staff?lang=fr")
    assert page.get_attribute("html", "dir") == "ltr"
    # An administrator's whole menu is one row at 1280 px, in French, the longer labels.
    tops = {round(page.locator(".navbar-nav > .nav-item").nth(i).bounding_box()["y"]) for i in range(7)}
    assert len(tops) == 1 and page.locator(".navbar-nav > .nav-item").count() == 7
    page.screenshot(path=str(screenshot_path("staff-accounts-fr")), full_page=True)
    page.get_by_role("button", name="Contenu").click()
    page.get_by_role("link", name="Métiers").click()
    page.wait_for_url("**/trades")


def test_a_wrong_password_is_refused_in_the_page(page, site: StaffSite) -> None:
    page.goto("/login?lang=fr")
    page.fill("input[name=email]", "nobody@example.org")
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert page.locator(".alert-danger").is_visible()
    # The refused sign-in answers 401, which the browser reports.
    assert page.console_errors == ["Failed to load resource: the server responded with a status of 401 (UNAUTHORIZED)"]
    page.console_errors.clear()


def test_a_form_without_its_csrf_token_is_refused(page, site: StaffSite) -> None:
    email = site.account("admin-csrf@example.org", "admin", "fr")
    sign_in(page, email)
    page.goto("/admin/staff")
    # Remove the token from the page's form, as a forged form from another site would lack it.
    page.evaluate("document.querySelectorAll('input[name=csrf_token]').forEach(e => e.remove())")
    page.fill("form:not(.d-inline) input[name=email]", "forged@example.org")
    page.fill("form:not(.d-inline) input[name=password]", "a forged password")
    page.locator("form:not(.d-inline) button[type=submit]").last.click()
    page.wait_for_load_state("networkidle")
    assert "expired" in page.content() or "expiré" in page.content()
    assert page.console_errors and "400" in page.console_errors[0]
    page.console_errors.clear()
    page.goto("/admin/staff")
    assert "forged@example.org" not in page.content()


def test_an_agent_takes_over_answers_on_telegram_and_hands_back(page, site: StaffSite, bot: Bot) -> None:
    chat = new_chat()
    assert bot.say(chat, "Bonjour", "fr")
    assert bot.say(chat, "je veux parler à une personne", "fr")
    email = site.account("agent-fr@example.org", "agent", "fr")
    sign_in(page, email)
    # The inbox, filtered to the people who asked for a person, lists this chat once the indexer has read it.
    page.goto("/conversations?flag=asked_person")
    deadline = time.monotonic() + 30
    while not page.locator(f"a[href='/conversations/{chat}']").count() and time.monotonic() < deadline:
        time.sleep(0.5)
        page.reload()
    page.wait_for_load_state("networkidle")
    assert page.locator("#waiting").inner_text().strip()
    page.screenshot(path=str(screenshot_path("staff-inbox-fr")), full_page=True)
    page.locator(f"a[href='/conversations/{chat}']").first.click()
    page.wait_for_load_state("networkidle")
    assert "je veux parler à une personne" in page.content()

    since = bot.telegram.mark()
    page.locator("form[action$='/take'] button").click()
    page.wait_for_load_state("networkidle")
    (joined,) = bot.telegram.wait_for_replies(chat, since, timeout=30)
    assert "équipe d'assistance" in joined.text

    since = bot.telegram.mark()
    page.fill("#say-text", "Bonjour, je suis Salma de la chambre. Quel est votre métier ?")
    page.locator("#say-form button[type=submit]").click()
    page.wait_for_load_state("networkidle")
    (said,) = bot.telegram.wait_for_replies(chat, since, timeout=30)
    assert said.text == "Bonjour, je suis Salma de la chambre. Quel est votre métier ?"

    # While a person answers, the assistant stays silent, and the user's words appear in the page.
    since = bot.telegram.mark()
    bot.telegram.push(bot.telegram.text_message(chat, "je suis potier à Safi", "fr"))
    page.wait_for_selector("text=je suis potier à Safi", timeout=30_000)
    assert bot.telegram.replies(chat, since) == []

    since = bot.telegram.mark()
    page.locator("form[action$='/hand-back'] button").click()
    page.wait_for_load_state("networkidle")
    (left,) = bot.telegram.wait_for_replies(chat, since, timeout=30)
    assert "terminé" in left.text
    replies = bot.say(chat, "comment m'inscrire au registre ?", "fr")
    assert replies and all(r.ok for r in replies)


def test_a_script_sent_by_a_user_is_shown_as_text(page, site: StaffSite, bot: Bot) -> None:
    chat = new_chat()
    bot.say(chat, "<script>alert('x')</script><img src=x onerror=alert(1)>", "fr")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    sign_in(page, site.account("agent-xss@example.org", "agent", "fr"))
    page.goto(f"/conversations/{chat}")
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("<script>alert('x')</script>", exact=False).count() >= 1
    assert dialogs == []
    assert page.locator("main img[src=x]").count() == 0


def test_a_reviewer_finds_a_message_corrects_it_and_the_correction_is_exported(
    page, site: StaffSite, bot: Bot, assistant: Assistant, tmp_path
) -> None:
    chat = new_chat()
    words = "wach kayn chi 3awn l nnas li kaykhdmo f zlij f lbadia"
    bot.say(chat, words, "ar")
    sign_in(page, site.account("reviewer-ar@example.org", "reviewer", "ar"))
    # The inbox's text search, in the Arabic interface.
    page.goto("/conversations")
    page.fill("#f-q", "zlij f lbadia")
    page.locator("#f-q").press("Enter")
    deadline = time.monotonic() + 30
    while not page.locator(f"a[href='/conversations/{chat}']").count() and time.monotonic() < deadline:
        time.sleep(0.5)
        page.reload()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(screenshot_path("staff-inbox-search-ar")), full_page=True)
    rows = page.locator(f"a[href='/conversations/{chat}']")
    assert rows.count() >= 1
    rows.first.click()
    page.wait_for_load_state("networkidle")
    page.locator(".correct-button").first.click()
    page.wait_for_selector("select[name=intent]")
    page.locator("select[name=intent]").first.select_option("financing")
    page.locator("select[name=variety]").first.select_option("ary_Latn")
    page.locator("button[name=action][value=correct]").first.click()
    # The saved form replaces the one sent; the load state alone may be read before the answer arrives. htmx
    # gives the new form the old one's classes until it settles (20 ms), "saving" among them: then the label hides.
    page.wait_for_selector("form.correction .alert-success")
    page.locator("form.correction .htmx-indicator").first.wait_for(state="hidden", timeout=5000)
    page.screenshot(path=str(screenshot_path("staff-transcript-correction-ar")), full_page=True)
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
    # The example keeps the entities the assistant found, as Rasa's [words]{annotation}.
    assert "intent: financing" in exported and words in re.sub(r"\[([^\]]+)\]\{[^}]*\}", r"\1", exported)

    # The same reviewer in French: the correction form names its fields in French, and the list of corrections shows
    # the exported one.
    page.goto(f"/conversations/{chat}?lang=fr")
    page.wait_for_load_state("networkidle")
    page.locator(".correct-button").first.click()
    page.wait_for_selector("select[name=intent]")
    assert page.get_by_text("Situation fiscale").count() >= 1
    page.screenshot(path=str(screenshot_path("staff-transcript-correction-fr")), full_page=True)
    page.goto("/review")
    page.wait_for_load_state("networkidle")
    exported_rows = page.locator("tr.correction-row", has_text=words)
    assert exported_rows.count() == 1 and "financing" in exported_rows.first.inner_text()
    assert page.get_by_text("Déjà exportées").count() == 1
    page.screenshot(path=str(screenshot_path("staff-review-fr")), full_page=True)
