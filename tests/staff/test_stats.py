"""The numbers page: counts over a date range in Morocco time, as JSON for the charts and as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from registry import queries
from registry.models import ConversationSummary, HandoffRequest, RegistrationRequest, UnansweredQuestion
from registry.seed import load_seed
from staff.services import Services
from staff.views.stats import MOROCCO, period_of
from tests.staff.conftest import sign_in

SEED_DIR = Path(__file__).resolve().parents[2] / "data" / "seed"
RANGE = "from=2026-05-10&to=2026-05-12"


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 5, day, hour, minute, tzinfo=dt.timezone.utc)


def summary(
    sender_id: str, started: dt.datetime, language: str, intent: str, **flags: object
) -> ConversationSummary:
    return ConversationSummary(
        sender_id=sender_id,
        channel="telegram",
        started_at=started,
        last_at=started + dt.timedelta(minutes=10),
        reply_language=language,
        top_intent=intent,
        **flags,
    )


def handoff(conversation_id: str, created: dt.datetime, wait_minutes: int | None) -> HandoffRequest:
    taken = created + dt.timedelta(minutes=wait_minutes) if wait_minutes is not None else None
    return HandoffRequest(
        conversation_id=conversation_id,
        language="fr",
        reason="asked",
        status="taken" if taken else "open",
        created_at=created,
        taken_at=taken,
    )


def question(conversation_id: str, asked: dt.datetime) -> UnansweredQuestion:
    return UnansweredQuestion(conversation_id=conversation_id, text="?", language="fr", asked_at=asked)


@pytest.fixture
def seeded(services: Services) -> Services:
    with services.registry.session() as session:
        load_seed(session, SEED_DIR)
        session.add_all(
            [
                summary("1", at(10, 10), "ary", "greet", user_messages=3, fallback=True),
                # 23:30 UTC on the 10th is 00:30 on the 11th in Morocco (UTC+1 in May).
                summary("2", at(10, 23, 30), "ary", "office_where", user_messages=2),
                summary("3", at(11, 9), "fr", "rna_apply", user_messages=5),
                summary("4", at(12, 9), "fr", "greet", user_messages=1, form_abandoned=True),
                summary("5", at(20, 9), "ar", "greet", user_messages=4, fallback=True),  # after the range
                handoff("1", at(10, 10), 4),
                handoff("3", at(11, 10), 10),
                handoff("4", at(12, 10), None),
                handoff("5", at(20, 10), 60),
                question("1", at(10, 10, 1)),
                question("1", at(10, 10, 2)),
                question("4", at(12, 9, 5)),
                question("5", at(20, 9, 5)),
            ]
        )
        request = queries.create_request(
            session,
            full_name="Fatima",
            cin="AB123456",
            phone="0612345678",
            trade_code=None,
            trade_text="zlij",
            city_name="Fès",
            category="practice",
            conversation_id="3",
            consent_at=at(11, 9, 5),
        )
        request.created_at = at(11, 9, 6)
    return services


def test_the_json_has_the_numbers_of_the_range(client: FlaskClient, seeded: Services) -> None:
    sign_in(client, "editor")
    data = client.get(f"/stats/data.json?{RANGE}").get_json()
    assert data["days"] == ["2026-05-10", "2026-05-11", "2026-05-12"]
    assert data["conversations"] == 4
    assert data["user_messages"] == 11
    assert data["conversations_per_day"] == {"ary": [1, 1, 0], "fr": [0, 1, 1]}
    assert data["top_intents"][0] == {"intent": "greet", "conversations": 2}
    assert {item["intent"] for item in data["top_intents"]} == {"greet", "office_where", "rna_apply"}
    assert data["fallback"] == {"conversations": 1, "rate": 0.25}
    assert data["person_requests"] == {"requests": 3, "taken": 2, "median_wait_seconds": 420.0}
    assert data["unanswered"] == {"questions": 3, "per_day": [2, 0, 1]}
    assert data["forms"] == {"started": 2, "completed": 1}
    assert data["labels"]["languages"]["fr"] == "French" and len(data["labels"]["days"]) == 3


def test_the_csv_has_the_same_numbers(client: FlaskClient, seeded: Services) -> None:
    sign_in(client, "reviewer")
    response = client.get(f"/stats/numbers.csv?{RANGE}")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    value = {(r["metric"], r["day"], r["key"]): r["value"] for r in rows}
    assert value[("conversations_started", "2026-05-11", "ary")] == "1"
    assert value[("conversations_started", "2026-05-12", "fr")] == "1"
    assert value[("conversations_started_total", "", "")] == "4"
    assert value[("top_intent", "", "greet")] == "2"
    assert value[("fallback_rate", "", "")] == "0.25"
    assert value[("person_requests", "", "")] == "3"
    assert value[("person_median_wait_seconds", "", "")] == "420.0"
    assert value[("unanswered_questions", "2026-05-10", "")] == "2"
    assert value[("forms_started", "", "")] == "2"
    assert value[("forms_completed", "", "")] == "1"


def test_the_page_shows_the_numbers_and_loads_its_charts_from_the_json(
    client: FlaskClient, seeded: Services
) -> None:
    sign_in(client, "agent")
    response = client.get(f"/stats?{RANGE}&lang=fr")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert re.search(r'id="n-conversations">\s*4<', page)
    assert re.search(r'id="n-unanswered">\s*3<', page)
    assert "25" in re.search(r'id="n-fallback">([^<]*)<', page).group(1)
    assert 'data-url="/stats/data.json?from=2026-05-10&amp;to=2026-05-12"' in page
    assert 'id="chart-conversations"' in page and "stats.js" in page and "chart.umd.min.js" in page
    # Every script is a file: the Content-Security-Policy forbids inline ones.
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page)
    assert "Conversations started per day" in page


def test_nothing_in_the_range_gives_zeros_not_errors(client: FlaskClient, seeded: Services) -> None:
    sign_in(client, "admin")
    data = client.get("/stats/data.json?from=2025-01-01&to=2025-01-02").get_json()
    assert data["conversations"] == 0 and data["fallback"]["rate"] is None
    assert data["person_requests"]["median_wait_seconds"] is None
    assert client.get("/stats?from=2025-01-01&to=2025-01-02").status_code == 200
    assert client.get("/stats/numbers.csv?from=2025-01-01&to=2025-01-02").status_code == 200


def test_the_default_range_is_the_last_30_days_in_morocco(client: FlaskClient, seeded: Services) -> None:
    today = dt.datetime.now(MOROCCO).date()
    period = period_of(None, None)
    assert (period.first, period.last) == (today - dt.timedelta(days=29), today)
    assert period.start == dt.datetime.combine(period.first, dt.time(), MOROCCO)
    sign_in(client, "agent")
    data = client.get("/stats/data.json").get_json()
    assert data["to"] == today.isoformat() and len(data["days"]) == 30


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=yesterday&to=2026-05-12", "could not be read"),
        ("from=2026-05-12&to=2026-05-10", "comes after"),
        ("from=2020-01-01&to=2026-05-10", "at most"),
        ("from=2026-02-30", "could not be read"),
    ],
)
def test_bad_dates_get_a_kind_message(
    client: FlaskClient, seeded: Services, query: str, message: str
) -> None:
    sign_in(client, "agent")
    page = client.get(f"/stats?{query}")
    assert page.status_code == 400 and message in page.get_data(as_text=True)
    data = client.get(f"/stats/data.json?{query}")
    assert data.status_code == 400 and message in data.get_json()["error"]
    assert client.get(f"/stats/numbers.csv?{query}").status_code == 400


def test_the_numbers_need_a_signed_in_member(client: FlaskClient, seeded: Services) -> None:
    for path in ("/stats", "/stats/data.json", "/stats/numbers.csv"):
        response = client.get(path)
        assert response.status_code == 302 and "/login" in response.headers["Location"], path


def test_a_request_made_outside_the_range_is_not_completed_in_it(
    client: FlaskClient, seeded: Services
) -> None:
    with seeded.registry.session() as session:
        session.query(RegistrationRequest).update({"created_at": at(20, 9)})
    sign_in(client, "agent")
    data = client.get(f"/stats/data.json?{RANGE}").get_json()
    # Conversation 3 still began a form (its main intent), but completed none in the range.
    assert data["forms"] == {"started": 2, "completed": 0}
