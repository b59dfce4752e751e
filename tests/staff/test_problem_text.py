"""The problems the content checks find are shown in the interface's language, on the announcement and the
content pages alike; a wording not known is shown as it is."""

from __future__ import annotations

import html

from flask.testing import FlaskClient

from staff.services import Services
from tests.staff import test_content
from tests.staff.conftest import sign_in
from tests.staff.test_announcements import FORM, post, seeded  # noqa: F401 - a fixture


def with_catalogs(settings, services: Services) -> FlaskClient:  # noqa: ANN001
    """An editor on an app that reads the real catalogs (the ``client`` fixture shows the English source)."""
    from staff.app import create_app

    client = create_app(settings, services, TESTING=True).test_client()
    sign_in(client, "editor")
    return client


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
