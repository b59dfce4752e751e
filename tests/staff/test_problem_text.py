"""The problems the content and announcement checks find are shown in the interface's language, from their
codes: on the announcement and the content pages alike, every code said in Arabic and French."""

from __future__ import annotations

import html
import re

import pytest
from flask.testing import FlaskClient

from registry.problems import CODES, ENGLISH, Problem
from staff.problem_text import SENTENCES, translated
from staff.services import Services
from tests.staff import test_content
from tests.staff.conftest import sign_in
from tests.staff.test_announcements import FORM, post, seeded  # noqa: F401 - a fixture

_NAMES = re.compile(r"%\((\w+)\)s")
_WORDS = re.compile(r"[A-Za-z]+")
# Latin words a translation keeps as they are: names, codes, examples to type, words French shares.
KEPT = {
    "version", "source", "section", "institution", "site", "format", "conversion", "note", "Telegram",
    "JSON", "CSV", "YYYY", "MM", "DD", "new", "amo", "cost", "no", "tax", "amount", "e", "g", "Bulletin",
    "officiel", "fr", "CNSS", "www", "macnss", "ma", "date", "message", "invisible", "a", "s",
}  # fmt: skip
# The English words of the sentences, but for those kept: one of them left in a translation is English.
ENGLISH_WORDS = {word for text in map(str, SENTENCES.values()) for word in _WORDS.findall(text)} - KEPT


def with_catalogs(settings, services: Services) -> FlaskClient:  # noqa: ANN001
    """An editor on an app that reads the real catalogs (the ``client`` fixture shows the English source)."""
    from staff.app import create_app

    client = create_app(settings, services, TESTING=True).test_client()
    sign_in(client, "editor")
    return client


def sample(code: str) -> Problem:
    """A problem of ``code`` with a digit for each value either table's sentence names."""
    names = set(_NAMES.findall(ENGLISH[code])) | set(_NAMES.findall(str(SENTENCES[code])))
    return Problem(code, values=dict.fromkeys(names, "9"))


def test_every_problem_code_has_an_english_and_a_staff_sentence() -> None:
    assert set(SENTENCES) == set(ENGLISH) == CODES
    for code in CODES:
        english = sample(code).english()
        assert english and "%" not in english, code
    with pytest.raises(ValueError):
        Problem("no_such_code", "title")


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_problem_code_is_said_in_arabic_and_french_without_english_left(
    settings, services: Services, language: str
) -> None:
    from staff.app import create_app

    with create_app(settings, services, TESTING=True).test_request_context(f"/?lang={language}"):
        for code in sorted(CODES):
            said = translated(sample(code))
            assert said and "%" not in said, (code, said)
            words = set(_WORDS.findall(said))
            left = words & ENGLISH_WORDS if language == "fr" else words - KEPT
            assert not left, (code, said, left)


def test_an_announcements_problems_are_said_in_french_and_arabic(settings, seeded: Services) -> None:  # noqa: F811
    editor = with_catalogs(settings, seeded)
    editor.get("/announcements/new?lang=fr")
    page = html.unescape(
        post(
            editor, "/announcements/check", {**FORM, "title": "", "reference": "", "regions": ["ZZ"]}
        ).get_data(as_text=True)
    )
    assert "titre : est obligatoire" in page
    assert "référence : est obligatoire (d'où viennent les faits, pour les éditeurs)" in page
    assert "régions : inconnu(s) : ZZ" in page
    assert "is required" not in page and "announcement:" not in page
    editor.get("/announcements/new?lang=ar")
    page = html.unescape(post(editor, "/announcements/check", {**FORM, "text_fr": ""}).get_data(as_text=True))
    assert "النص.fr: ناقص أو فارغ" in page and "is missing" not in page


def test_the_content_pages_problems_are_said_in_french_with_their_topic(settings, services: Services) -> None:
    client = with_catalogs(settings, services)
    client.get("/content?lang=fr")
    response = test_content.create(client, verified_on="30/11/2026", source_fr="")
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 400
    assert f"{test_content.TOPIC} : vérifié le : '30/11/2026' n'est pas une date écrite AAAA-MM-JJ" in page
    assert f"{test_content.TOPIC} : source.fr : manque ou est vide" in page
    assert "is not a date" not in page


def test_the_content_pages_problems_and_refusals_are_said_in_arabic(settings, services: Services) -> None:
    client = with_catalogs(settings, services)
    client.get("/content?lang=ar")
    response = test_content.create(client, topic="new", values="{rate: 70")
    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 400
    assert "new: القيم: ليس بصيغة JSON" in page
    assert "new: الموضوع: لا يمكن أن يكون «new»" in page
    assert test_content.create(client).status_code == 302
    # Refused by the workflow, not by the form: the topic exists.
    page = html.unescape(test_content.create(client).get_data(as_text=True))
    assert f"{test_content.TOPIC}: الموضوع: موجود من قبل؛ عدّله بدلًا من ذلك" in page
    # A review step refused: the author cannot approve their own version, said in a flashed message.
    test_content.post(client, f"/content/{test_content.TOPIC}/versions/1/submit", f"/content/{test_content.TOPIC}")
    test_content.post(client, f"/content/{test_content.TOPIC}/versions/1/approve", f"/content/{test_content.TOPIC}")
    page = html.unescape(client.get(f"/content/{test_content.TOPIC}").get_data(as_text=True))
    assert "النسخة 1: يجب أن يوافق عليها محرر آخر غير كاتبها" in page
    assert not re.search(r"is required|already exists|another editor|not JSON", page)
