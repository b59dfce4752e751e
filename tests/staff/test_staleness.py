"""The staleness report: not verified for N months, medium or low confidence, old dates, the weekly digest."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest
from flask.testing import FlaskClient

from registry.models import ContentVersion, Office, Region, Trade
from staff.services import Services
from staff.views import staleness
from tests.staff.conftest import sign_in

TODAY = dt.date(2026, 12, 1)


# The rules --------------------------------------------------------------------------------------------


def mentioned(text: str) -> list[tuple[str, dt.date]]:
    return [(written, last_day) for written, _, last_day in staleness.date_mentions(text)]


def test_dates_and_years_are_found_in_every_script_and_amounts_are_not() -> None:
    assert mentioned("Le programme de 2019 est fini.") == [("2019", dt.date(2019, 12, 31))]
    assert mentioned("ouvert depuis le 12/03/2021, puis le 2024-05-06") == [
        ("12/03/2021", dt.date(2021, 3, 12)),
        ("2024-05-06", dt.date(2024, 5, 6)),
    ]
    assert mentioned("البرنامج ديال ٢٠١٩ سالا") == [("٢٠١٩", dt.date(2019, 12, 31))]
    assert mentioned("منذ ١٥/٠٦/٢٠٢٠") == [("١٥/٠٦/٢٠٢٠", dt.date(2020, 6, 15))]
    # A range counts by its end: a programme of 2020–2025 still ran last year.
    assert mentioned("taux de 2020 à 2025, من 2019 إلى 2024") == [
        ("2020 à 2025", dt.date(2025, 12, 31)),
        ("2019 إلى 2024", dt.date(2024, 12, 31)),
    ]
    assert mentioned("en 2019 à 30 ans") == [("2019", dt.date(2019, 12, 31))]
    assert mentioned("Intelaka 2020–22 ; Forsa 2022-2025") == [
        ("2020–22", dt.date(2022, 12, 31)),
        ("2022-2025", dt.date(2025, 12, 31)),
    ]
    # Amounts, laws, decrees and phone numbers are not dates.
    assert (
        mentioned("2000 DH par an, 1500 درهم, 2010 % ; loi 98.15 ; décret 2.18.625 ; appelez le 3939") == []
    )


def test_a_mention_older_than_two_years_is_flagged_a_recent_one_is_not() -> None:
    version = content(
        "amo.old", TODAY, text_fr="Depuis 2019, la CNSS gère l'AMO. En {year}, rien n'a changé."
    )
    version.values = json.dumps({"year": 2025})
    version.text_ar = "منذ ٢٠٢٥ تغير كل شيء، وفي 01/06/2025 كذلك"
    found = staleness.old_mentions(version, TODAY)
    assert [(m.language, m.mention, m.date) for m in found] == [("fr", "2019", dt.date(2019, 12, 31))]
    assert "Depuis 2019, la CNSS" in found[0].context
    # A placeholder's value is read as users read it.
    version.values = json.dumps({"year": 2020})
    assert [m.mention for m in staleness.old_mentions(version, TODAY)] == ["2019", "2020"]
    # Two years and a day after 1 June 2025, the date is old.
    assert "01/06/2025" not in [m.mention for m in staleness.old_mentions(version, dt.date(2027, 6, 1))]
    assert "01/06/2025" in [m.mention for m in staleness.old_mentions(version, dt.date(2027, 6, 2))]


def test_stale_by_verified_on_and_the_day_it_became_stale() -> None:
    assert staleness.is_stale(dt.date(2025, 11, 30), TODAY, 12)
    assert not staleness.is_stale(dt.date(2025, 12, 1), TODAY, 12)
    assert staleness.is_stale(None, TODAY, 12)
    assert staleness.stale_since(dt.date(2025, 11, 30), 12) == TODAY
    assert not staleness.is_stale(dt.date(2026, 6, 2), TODAY, 6) and staleness.is_stale(
        dt.date(2026, 5, 31), TODAY, 6
    )


def test_the_lowest_confidence_a_note_names_is_its_level() -> None:
    assert staleness.confidence("shared/DOMAIN.md §2 (dependants: medium confidence); cnss.ma") == "medium"
    assert staleness.confidence("law 50.17 art. 18 (medium)") == "medium"
    assert staleness.confidence("shared/DOMAIN.md §3 (medium–high)") == "medium"
    assert staleness.confidence("shared/DOMAIN.md §3 (microcredit ceilings unverified)") == "low"
    assert staleness.confidence("low confidence; medium for the rest") == "low"
    assert staleness.confidence("shared/DOMAIN.md §3 (Dar Sanâa: high)") is None
    assert staleness.confidence("") is None


# The page ---------------------------------------------------------------------------------------------


def content(topic: str, verified_on: dt.date, version: int = 1, **fields: object) -> ContentVersion:
    now = dt.datetime.now(dt.timezone.utc)
    values = {
        "topic": topic,
        "version": version,
        "status": "published",
        "text_ar": "نص",
        "text_ary": "نص",
        "text_fr": "texte",
        "values": "{}",
        "source_ar": "CNSS",
        "source_ary": "CNSS",
        "source_fr": "CNSS",
        "reference": "shared/DOMAIN.md §2",
        "verified_on": verified_on,
        "created_at": now - dt.timedelta(days=30),
        "created_by": "seed",
    }
    return ContentVersion(**(values | fields))


@pytest.fixture
def facts(services: Services) -> dt.date:
    today = dt.datetime.now(dt.timezone.utc).date()
    now = dt.datetime.now(dt.timezone.utc)
    old_year = today.year - 4
    # Became stale three days ago: verified 12 months and four days back.
    just_stale = staleness.months_back(today - dt.timedelta(days=4), 12)
    with services.registry.session() as session:
        session.add_all(
            [
                content("topic.stale", today - dt.timedelta(days=800)),
                content("topic.fresh", today),
                content("topic.just_stale", just_stale),
                content(
                    "topic.unsure", today, reference="shared/DOMAIN.md §2 (dependants: medium confidence)"
                ),
                content("topic.unverified", today, reference="microcredit ceilings unverified"),
                content(
                    "topic.dated",
                    today,
                    text_fr=f"Le programme de {old_year} est fini.",
                    text_ar="برنامج ٢٠١٩",
                ),
                content("topic.recent", today, text_fr=f"En {today.year}, le programme continue."),
                # Its newest version is published this week (approved two days ago); the old one was stale.
                content("topic.republished", today - dt.timedelta(days=900)),
                content(
                    "topic.republished",
                    today,
                    version=2,
                    created_by="editor@example.org",
                    reviewed_by="admin@example.org",
                    reviewed_at=now - dt.timedelta(days=2),
                ),
                content("topic.draft", today - dt.timedelta(days=900), status="draft"),
                content(
                    "topic.last_month",
                    today,
                    reviewed_by="admin@example.org",
                    reviewed_at=now - dt.timedelta(days=10),
                ),
                Region(code="FM", name_ar="فاس مكناس", name_fr="Fès-Meknès"),
                Trade(
                    code="WOOD",
                    family="art_production",
                    name_ar="خشب",
                    name_ary="خشب",
                    name_fr="Bois",
                    source="shared/DOMAIN.md §1 (official programmes, medium confidence)",
                    verified_on=today,
                ),
                Trade(
                    code="OLD_TRADE",
                    family="services",
                    name_ar="قديم",
                    name_ary="قديم",
                    name_fr="Métier ancien",
                    source="import:trades.csv",
                    verified_on=today - dt.timedelta(days=500),
                ),
            ]
        )
        session.flush()
        session.add_all(
            [
                Office(
                    kind="chamber",
                    name_ar="غرفة فاس",
                    name_fr="Chambre de Fès",
                    region_code="FM",
                    source="shared/DOMAIN.md §4",
                    verified_on=None,
                    seat_confirmed=False,
                ),
                Office(
                    kind="directorate",
                    name_ar="مديرية فاس",
                    name_fr="Direction de Fès",
                    region_code="FM",
                    source="import:offices.csv (checked by phone)",
                    verified_on=today,
                    seat_confirmed=True,
                ),
            ]
        )
    return today


def rows_of(page: str, css_class: str) -> list[dict[str, str]]:
    found = []
    for tag in re.findall(rf'<tr class="{css_class}"([^>]*)>', page):
        found.append(dict(re.findall(r'data-([a-z]+)="([^"]*)"', tag)))
    return found


def section(page: str, name: str) -> str:
    start = page.index(f'id="{name}"')
    end = page.find("<section", start)
    return page[start : end if end != -1 else None]


def test_the_report_lists_what_is_stale_unsure_or_dated(client: FlaskClient, facts: dt.date) -> None:
    sign_in(client, "editor")
    response = client.get("/staleness")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    stale = {(row["kind"], row["key"]) for row in rows_of(page, "stale-row")}
    # The answers users get (a newer published version counts, a draft does not), then offices and trades.
    assert stale == {
        ("topic", "topic.stale"),
        ("topic", "topic.just_stale"),
        ("office", "1"),
        ("trade", "OLD_TRADE"),
    }
    assert "never" in section(page, "not-verified")
    unsure = {(row["kind"], row["key"], row["level"]) for row in rows_of(page, "unsure-row")}
    assert unsure == {
        ("topic", "topic.unsure", "medium"),
        ("topic", "topic.unverified", "low"),
        ("trade", "WOOD", "medium"),
        ("office", "1", "medium"),  # its seat is assumed
    }
    old = {(row["topic"], row["language"]) for row in rows_of(page, "old-row")}
    assert old == {("topic.dated", "fr"), ("topic.dated", "ar")}
    assert str(facts.year - 4) in section(page, "old-dates") and "٢٠١٩" in section(page, "old-dates")
    # Topics link to the content editor.
    assert 'href="/content/topic.stale"' in page


def test_the_weekly_digest_shows_what_was_published_and_what_became_stale(
    client: FlaskClient, facts: dt.date
) -> None:
    sign_in(client, "editor")
    digest = section(client.get("/staleness").get_data(as_text=True), "digest")
    assert "1 version published" in digest
    assert "topic.republished" in digest and "admin@example.org" in digest
    assert "topic.last_month" not in digest
    assert "1 item became stale" in digest and "topic.just_stale" in digest
    assert "topic.stale<" not in digest


def test_the_months_come_from_the_settings(
    client: FlaskClient, services: Services, facts: dt.date, monkeypatch
) -> None:
    monkeypatch.setattr(services, "settings", dataclasses.replace(services.settings, stale_months=36))
    sign_in(client, "editor")
    page = client.get("/staleness").get_data(as_text=True)
    stale = {(row["kind"], row["key"]) for row in rows_of(page, "stale-row")}
    assert stale == {("office", "1")}
    assert "Not verified for 36 months" in page


@pytest.mark.parametrize("role", ["agent", "reviewer"])
def test_other_roles_may_not_see_the_report(client: FlaskClient, role: str) -> None:
    sign_in(client, role)
    assert client.get("/staleness").status_code == 403
    assert 'href="/staleness"' not in client.get("/stats").get_data(as_text=True)


def test_an_admin_may_and_a_visitor_is_sent_to_sign_in(client: FlaskClient) -> None:
    response = client.get("/staleness")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    sign_in(client, "admin")
    assert client.get("/staleness").status_code == 200
    assert 'href="/staleness"' in client.get("/stats").get_data(as_text=True)
