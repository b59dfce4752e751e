"""What users asked and did not get: grouping, the editors' three actions, and the export of their examples."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from flask.testing import FlaskClient
from rasa.shared.nlu.training_data.loading import load_data
from sqlalchemy import select

from hirfa.settings import Settings
from registry.help_desk import record_unanswered
from registry.models import AuditEntry, TrainingExample, UnansweredQuestion
from registry.types import utc_now
from staff import corrections
from staff import unanswered_groups as grouping
from staff.services import Services
from tests.staff.conftest import csrf_token, sign_in

ROOT = Path(__file__).resolve().parents[2]

# (question, reply language, text): 9 questions asked several ways, 5 asked once; the set the grouping's
# threshold was chosen on (staff/unanswered_groups.py).
QUESTIONS = [
    ("hours", "fr", "quels sont les horaires d'ouverture de la chambre"),
    ("hours", "fr", "Horaires d'ouverture de la chambre d'artisanat ?"),
    ("hours", "fr", "la chambre est ouverte à quelle heure le samedi"),
    ("hours", "ary", "wa9tach kat7el la chambre"),
    ("hours", "ary", "wqtach kathel la chambre f sbah"),
    ("hours", "ary", "imta kat7el chambre d artisanat"),
    ("tva", "fr", "est-ce que je dois payer la TVA sur mes ventes"),
    ("tva", "fr", "TVA sur la vente de tapis, je paie combien ?"),
    ("tva", "fr", "la tva pour un artisan qui vend des tapis"),
    ("export", "ary", "كيفاش نصدر الزرابي لبرا"),
    ("export", "ary", "بغيت نصدر السلعة ديالي للخارج"),
    ("export", "ary", "واش نقدر نصدر المنتوجات ديالي لأوروبا"),
    ("export", "ar", "كيف يمكنني تصدير منتجاتي إلى الخارج"),
    ("export", "ar", "ما هي إجراءات تصدير المنتجات التقليدية"),
    ("export", "ar", "أريد تصدير الزرابي إلى أوروبا"),
    ("insta", "ary", "kifach nbi3 sl3a dyali f instagram"),
    ("insta", "ary", "bghit nbi3 f instagram wach khass chi wra9"),
    ("insta", "fr", "vendre mes produits sur instagram, il faut un statut ?"),
    ("fire", "fr", "assurance incendie pour mon atelier"),
    ("fire", "fr", "comment assurer mon atelier contre l'incendie"),
    ("fire", "ar", "تأمين الورشة ضد الحريق"),
    ("fire", "ary", "التأمين ديال الورشة على العافية"),
    ("shop", "ary", "بغيت نكري محل فالمدينة القديمة"),
    ("shop", "ary", "كيفاش نكري حانوت فالمدينة"),
    ("shop", "ary", "واش كاين شي محل للكراء فالمدينة"),
    ("passport", "fr", "comment renouveler mon passeport"),
    ("passport", "fr", "renouvellement du passeport, quels documents"),
    ("passport", "ary", "bghit njded lpasspor dyali"),
    ("weather", "fr", "quel temps fait-il demain à Fès"),
    ("match", "ary", "شكون ربح الماتش البارح"),
    ("pizza", "ary", "3tini numero dyal pizza"),
    ("cnss", "fr", "comment payer la CNSS en ligne"),
    ("couture", "fr", "comment s'inscrire à la formation en couture"),
]
START = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)


def clusters(texts: list[str]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for index, label in enumerate(grouping.labels(texts)):
        found.setdefault(label, []).append(index)
    return found


# Grouping ---------------------------------------------------------------------------------------------


def test_folding_follows_the_nlu_and_drops_only_the_frame_of_a_question() -> None:
    # Case, accents, hamza, Arabic-Indic digits and Arabizi sounds fold as the NLU folds them.
    assert grouping.fold("Kifash nkhalas la TVA") == grouping.fold("kifach nkhalas la tva")
    assert grouping.fold("أريد التسجيل ٢٠٢٥") == grouping.fold("اريد تسجيل 2025")
    # A glued article comes off; a word that merely starts with و or ب stays whole.
    assert grouping.fold("فالمدينة") == grouping.fold("المدينة") == "مدينه"
    assert grouping.fold("ورشة") == "ورشه"
    # "comment" frames the question; a question of frame words only keeps them.
    assert grouping.fold("comment payer la CNSS") == "payer cnss"
    assert grouping.fold("comment ?") == "comment"


def test_paraphrases_are_grouped_and_different_questions_never_share_a_group() -> None:
    texts = [text for _, _, text in QUESTIONS]
    found = clusters(texts)
    for members in found.values():
        assert len({QUESTIONS[i][0] for i in members}) == 1, [texts[i] for i in members]
    by_question = {QUESTIONS[members[0]][0]: members for members in found.values() if len(members) > 1}
    # Asked in French and in Arabizi, or in Darija and French: still one group.
    assert len(by_question["hours"]) == 6
    assert {QUESTIONS[i][1] for i in by_question["hours"]} == {"fr", "ary"}
    assert len(by_question["insta"]) == 3
    assert len(by_question["tva"]) == len(by_question["shop"]) == 3
    singles = {question for question, _, _ in QUESTIONS} - {
        "hours",
        "tva",
        "export",
        "insta",
        "fire",
        "shop",
        "passport",
    }
    for members in found.values():
        if QUESTIONS[members[0]][0] in singles:
            assert len(members) == 1


def question_rows(items: list[tuple[str, str, str]]) -> list[UnansweredQuestion]:
    return [
        UnansweredQuestion(
            id=number,
            conversation_id=f"c{number}",
            text=text,
            language=language,
            asked_at=START + dt.timedelta(hours=number),
        )
        for number, (_, language, text) in enumerate(items, start=1)
    ]


def test_groups_come_largest_first_and_the_same_whatever_the_order_of_the_rows() -> None:
    rows = question_rows(QUESTIONS)
    first = [(g.ids, g.count, g.examples) for g in grouping.group(rows)]
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    assert [(g.ids, g.count, g.examples) for g in grouping.group(shuffled)] == first
    counts = [count for _, count, _ in first]
    assert counts == sorted(counts, reverse=True) and counts[0] == 6


def add_question(
    services: Services, text: str, language: str, at: dt.datetime, intent: str | None = None
) -> None:
    with services.registry.session() as session:
        record_unanswered(
            session,
            conversation_id="u",
            text=text,
            language=language,
            predicted_intent=intent,
            confidence=0.3,
            at=at,
        )


def test_a_group_counts_its_questions_and_shows_examples_per_language(services: Services) -> None:
    for hour, (text, language, intent) in enumerate(
        [
            ("quels sont les horaires d'ouverture de la chambre", "fr", "greet"),
            ("Horaires d'ouverture de la chambre d'artisanat ?", "fr", "find_office"),
            ("QUELS SONT LES HORAIRES D'OUVERTURE DE LA CHAMBRE !", "fr", "find_office"),
            ("wa9tach kathel la chambre, chno homa les horaires", "ary", "thank"),
            ("les horaires dyal la chambre d artisanat 3afak", "ary", None),
            ("3tini numero dyal pizza", "ary", "out_of_scope"),
        ]
    ):
        add_question(services, text, language, START + dt.timedelta(hours=hour), intent)
    with services.registry.session() as session:
        handled = session.scalars(
            select(UnansweredQuestion).where(UnansweredQuestion.text.like("3tini%"))
        ).one()
        handled.handled = "dismissed"
    with services.registry.session() as session:
        [hours] = grouping.unhandled_groups(session)
    assert hours.count == 5 and hours.languages == {"ary": 2, "fr": 3}
    # The same message twice (case and punctuation aside) is shown once.
    assert hours.examples == {
        "ary": [
            "wa9tach kathel la chambre, chno homa les horaires",
            "les horaires dyal la chambre d artisanat 3afak",
        ],
        "fr": [
            "quels sont les horaires d'ouverture de la chambre",
            "Horaires d'ouverture de la chambre d'artisanat ?",
        ],
    }
    assert hours.intent == "find_office"
    assert (hours.first_asked, hours.last_asked) == (START, START + dt.timedelta(hours=4))


def test_the_variety_of_an_example_is_the_nlu_guess_else_the_reply_language_in_its_script() -> None:
    assert grouping.training_variety("wa9tach kat7el la chambre", "ary") == "ary_Latn"
    # No telling word: the reply language, in the message's script.
    assert grouping.training_variety("chambre tapis", "ary") == "ary_Latn"
    assert grouping.training_variety("chambre tapis", "fr") == "fr"
    assert grouping.training_variety("كيف يمكنني تصدير منتجاتي", "ary") == "ar"
    assert grouping.training_variety("تأمين الورشة ضد الحريق", "ar") == "ar"
    assert grouping.training_variety("تأمين الورشة ضد الحريق", "ary") == "ary"
    assert grouping.training_variety("😀", "fr") is None


# The page and its actions -----------------------------------------------------------------------------


HOURS_ARY = "wa9tach kathel la chambre, chno homa les horaires"


@pytest.fixture
def asked(services: Services) -> None:
    rows = [
        ("quels sont les horaires d'ouverture de la chambre", "fr", "find_office"),
        ("Horaires d'ouverture de la chambre d'artisanat ?", "fr", "find_office"),
        (HOURS_ARY, "ary", "greet"),
        ("بغيت نكري محل فالمدينة القديمة", "ary", None),
        ("كيفاش نكري حانوت فالمدينة", "ary", None),
        ("<b>3tini</b> numero dyal pizza 0612345678", "ary", "out_of_scope"),
    ]
    for hour, (text, language, intent) in enumerate(rows):
        add_question(services, text, language, START + dt.timedelta(hours=hour), intent)


def ids_of(services: Services, *texts: str) -> list[int]:
    with services.registry.session() as session:
        rows = session.scalars(select(UnansweredQuestion).where(UnansweredQuestion.text.in_(texts)))
        return sorted(row.id for row in rows)


def questions(services: Services) -> dict[str, UnansweredQuestion]:
    with services.registry.session() as session:
        rows = list(session.scalars(select(UnansweredQuestion)))
        session.expunge_all()
    return {row.text: row for row in rows}


def act(client: FlaskClient, action: str, ids: list[int], **form: str):
    token = csrf_token(client, "/unanswered")
    return client.post(
        "/unanswered/handle",
        data={"csrf_token": token, "action": action, "row": [str(i) for i in ids], **form},
    )


def test_the_page_shows_the_groups_largest_first_escaped_and_masked(client: FlaskClient, asked: None) -> None:
    sign_in(client, "editor")
    response = client.get("/unanswered")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "6 questions wait" in page and "3 groups" in page
    counts = [int(part.split('"')[0]) for part in page.split('data-count="')[1:]]
    assert counts == [3, 2, 1]
    assert page.index("horaires d&#39;ouverture") < page.index("نكري محل") < page.index("numero dyal pizza")
    # Each language's examples under its name; users' text escaped, in its own direction, phone masked.
    assert "French" in page and "Darija" in page
    assert "&lt;b&gt;3tini&lt;/b&gt;" in page and "<b>3tini" not in page
    assert "0612345678" not in page and "06******78" in page
    assert 'dir="auto" lang="ar">بغيت نكري محل فالمدينة القديمة' in page
    # The group's most common intent is chosen in the intent list, which holds the assistant's intents.
    assert '<option value="find_office" selected>' in page
    for intent in corrections.vocabulary().intents:
        assert f'<option value="{intent}"' in page


def test_a_group_becomes_a_new_topic(client: FlaskClient, services: Services, asked: None) -> None:
    sign_in(client, "editor")
    chosen = ids_of(services, "quels sont les horaires d'ouverture de la chambre", HOURS_ARY)
    response = client.post(
        "/unanswered/handle",
        data={
            "csrf_token": csrf_token(client, "/unanswered"),
            "action": "topic",
            "row": [str(i) for i in chosen],
        },
    )
    assert response.status_code == 302
    target = urlparse(response.headers["Location"])
    assert target.path == "/content/new"
    assert parse_qs(target.query)["examples"] == [
        "quels sont les horaires d'ouverture de la chambre",
        HOURS_ARY,
    ]
    rows = questions(services)
    for text in ("quels sont les horaires d'ouverture de la chambre", HOURS_ARY):
        assert (rows[text].handled, rows[text].handled_by) == ("topic", "editor@example.org")
        assert rows[text].handled_at is not None
    # The message the editor left out waits in its group.
    assert rows["Horaires d'ouverture de la chambre d'artisanat ?"].handled is None
    with services.registry.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "unanswered_topic")).one()
        assert entry.target == "unanswered:" + ",".join(map(str, chosen))


def test_without_the_content_editor_a_topic_is_only_marked(
    client: FlaskClient, services: Services, asked: None, monkeypatch
) -> None:
    from staff.views import unanswered

    monkeypatch.setattr(unanswered, "_new_topic_endpoint", lambda: None)
    sign_in(client, "editor")
    chosen = ids_of(services, HOURS_ARY)
    response = act(client, "topic", chosen)
    assert response.status_code == 302 and urlparse(response.headers["Location"]).path == "/unanswered"
    assert "1 question marked for a new topic" in client.get("/unanswered").get_data(as_text=True)
    assert questions(services)[HOURS_ARY].handled == "topic"


def test_a_group_becomes_training_examples_of_an_intent(client: FlaskClient, services: Services) -> None:
    texts = [
        ("quels sont les horaires d'ouverture de la chambre", "fr"),
        ("QUELS SONT LES HORAIRES D'OUVERTURE DE LA CHAMBRE ?", "fr"),  # the same message: one example
        ("wa9tach kat7el la chambre", "ary"),
        ("وقتاش كتحل الشومبر", "ary"),
    ]
    for hour, (text, language) in enumerate(texts):
        add_question(services, text, language, START + dt.timedelta(hours=hour), "greet")
    sign_in(client, "editor")
    response = act(client, "training", ids_of(services, *(t for t, _ in texts)), intent="find_office")
    assert response.status_code == 302
    assert "3 training examples saved for find_office" in client.get("/unanswered").get_data(as_text=True)
    with services.registry.session() as session:
        examples = {
            (row.text, row.variety, row.intent, row.source, row.created_by, row.exported_at)
            for row in session.scalars(select(TrainingExample))
        }
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "unanswered_training")).one()
    assert examples == {
        (
            "quels sont les horaires d'ouverture de la chambre",
            "fr",
            "find_office",
            "unanswered",
            "editor@example.org",
            None,
        ),
        ("wa9tach kat7el la chambre", "ary_Latn", "find_office", "unanswered", "editor@example.org", None),
        ("وقتاش كتحل الشومبر", "ary", "find_office", "unanswered", "editor@example.org", None),
    }
    assert "find_office (3 examples)" in audit.detail
    assert {row.handled for row in questions(services).values()} == {"training"}


def test_an_intent_the_assistant_does_not_know_is_refused(
    client: FlaskClient, services: Services, asked: None
) -> None:
    sign_in(client, "editor")
    chosen = ids_of(services, HOURS_ARY)
    act(client, "training", chosen, intent="order_pizza")
    assert "choose one of the assistant&#39;s intents" in client.get("/unanswered").get_data(as_text=True)
    assert questions(services)[HOURS_ARY].handled is None
    with services.registry.session() as session:
        assert session.scalars(select(TrainingExample)).all() == []


def test_a_group_is_dismissed_once(client: FlaskClient, services: Services, asked: None) -> None:
    sign_in(client, "editor")
    chosen = ids_of(services, "بغيت نكري محل فالمدينة القديمة", "كيفاش نكري حانوت فالمدينة")
    assert act(client, "dismiss", chosen).status_code == 302
    rows = questions(services)
    assert {rows[t].handled for t in ("بغيت نكري محل فالمدينة القديمة", "كيفاش نكري حانوت فالمدينة")} == {
        "dismissed"
    }
    page = client.get("/unanswered").get_data(as_text=True)
    assert "2 questions dismissed" in page and "نكري" not in page
    # A second editor acting on the same group changes nothing.
    act(client, "training", chosen, intent="find_office")
    assert questions(services)["كيفاش نكري حانوت فالمدينة"].handled == "dismissed"
    with services.registry.session() as session:
        assert session.scalars(select(TrainingExample)).all() == []
        assert (
            len(session.scalars(select(AuditEntry).where(AuditEntry.action.like("unanswered_%"))).all()) == 1
        )


def test_without_a_message_or_the_token_nothing_happens(
    client: FlaskClient, services: Services, asked: None
) -> None:
    sign_in(client, "editor")
    act(client, "dismiss", [])
    assert "choose at least one message" in client.get("/unanswered").get_data(as_text=True)
    chosen = ids_of(services, HOURS_ARY)
    response = client.post("/unanswered/handle", data={"action": "dismiss", "row": [str(i) for i in chosen]})
    assert response.status_code == 400
    assert act(client, "delete", chosen).status_code == 400
    assert {row.handled for row in questions(services).values()} == {None}


@pytest.mark.parametrize("role", ["agent", "reviewer"])
def test_other_roles_may_not_see_or_handle_the_questions(
    client: FlaskClient, services: Services, asked: None, role: str
) -> None:
    sign_in(client, role)
    assert client.get("/unanswered").status_code == 403
    token = csrf_token(client, "/stats")
    chosen = ids_of(services, HOURS_ARY)
    response = client.post(
        "/unanswered/handle", data={"csrf_token": token, "action": "dismiss", "row": chosen}
    )
    assert response.status_code == 403
    assert questions(services)[HOURS_ARY].handled is None
    assert 'href="/unanswered"' not in client.get("/stats").get_data(as_text=True)


def test_an_admin_may_and_a_visitor_is_sent_to_sign_in(client: FlaskClient, asked: None) -> None:
    response = client.get("/unanswered")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    sign_in(client, "admin")
    assert client.get("/unanswered").status_code == 200
    assert 'href="/unanswered"' in client.get("/stats").get_data(as_text=True)


# The export -------------------------------------------------------------------------------------------


def file_example(services: Services, text: str, variety: str, intent: str, at: dt.datetime) -> None:
    with services.registry.session() as session:
        session.add(
            TrainingExample(
                text=text,
                variety=variety,
                intent=intent,
                source="unanswered",
                created_by="editor@example.org",
                created_at=at,
            )
        )


def training_line(path: Path) -> str:
    import yaml

    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return corrections.plain_text(document["nlu"][0]["examples"].splitlines()[0].removeprefix("- "))


def held_out_line() -> str:
    import yaml

    document = yaml.safe_load(
        (ROOT / "tests" / "nlu" / "heldout" / "test" / "fr.yml").read_text(encoding="utf-8")
    )
    return document["nlu"][0]["examples"].splitlines()[0].removeprefix("- ")


def examples(services: Services) -> dict[str, TrainingExample]:
    with services.registry.session() as session:
        rows = list(session.scalars(select(TrainingExample).order_by(TrainingExample.id)))
        session.expunge_all()
    return {row.text: row for row in rows}


def test_the_export_writes_editors_examples_with_the_same_guards(services: Services, tmp_path: Path) -> None:
    out = tmp_path / "corrections"
    now = utc_now()
    file_example(
        services,
        "wa9tach kat7el la chambre d artisanat",
        "ary_Latn",
        "find_office",
        now - dt.timedelta(hours=3),
    )
    # The same message again, newer, under another intent: the newer wins, the older is a duplicate.
    file_example(
        services,
        "Wa9tach kat7el la chambre d'artisanat ?",
        "ary_Latn",
        "ask_help",
        now - dt.timedelta(hours=1),
    )
    file_example(
        services,
        "quels sont les horaires de la chambre de fes",
        "fr",
        "find_office",
        now - dt.timedelta(hours=2),
    )
    file_example(services, training_line(ROOT / "data" / "nlu" / "core" / "fr.yml"), "fr", "greet", now)
    file_example(services, held_out_line(), "fr", "greet", now)
    file_example(services, "appelez moi au 0612345678", "fr", "human_handoff", now)

    with services.registry.session() as session:
        dry = corrections.export(session, out, now, dry_run=True)
    assert dry.added == {"ary_Latn": 1, "fr": 1} and not out.exists()

    with services.registry.session() as session:
        report = corrections.export(session, out, now)
    assert report.added == {"ary_Latn": 1, "fr": 1} and report.exported == []
    assert len(report.examples_exported) == 6
    assert {reason: len(texts) for reason, texts in report.skipped.items()} == {
        "duplicate": 1,
        "in_training": 1,
        "held_out": 1,
        "personal_data": 1,
    }
    ary = {e.get("text"): e.get("intent") for e in load_data(str(out / "ary_Latn.yml")).intent_examples}
    assert ary == {"Wa9tach kat7el la chambre d'artisanat ?": "ask_help"}
    fr = {e.get("text"): e.get("intent") for e in load_data(str(out / "fr.yml")).intent_examples}
    assert fr == {"quels sont les horaires de la chambre de fes": "find_office"}
    assert all(row.exported_at is not None for row in examples(services).values())

    with services.registry.session() as session:
        again = corrections.export(session, out, utc_now())
    assert again.added == {} and again.examples_exported == []


def test_an_example_and_a_correction_of_the_same_message_the_newer_wins(
    services: Services, tmp_path: Path
) -> None:
    from tests.staff.test_review import save

    out = tmp_path / "corrections"
    save(services, "r1", "fin kayna chambre dyal sanaa f Meknes", "find_office", "ary_Latn")
    file_example(
        services,
        "Fin kayna chambre dyal sanaa f Meknes ?",
        "ary_Latn",
        "ask_help",
        utc_now() + dt.timedelta(minutes=1),
    )
    with services.registry.session() as session:
        report = corrections.export(session, out, utc_now())
    assert report.skipped == {"duplicate": ["fin kayna chambre dyal sanaa f Meknes"]}
    assert len(report.exported) == 1 and len(report.examples_exported) == 1
    written = {e.get("text"): e.get("intent") for e in load_data(str(out / "ary_Latn.yml")).intent_examples}
    assert written == {"Fin kayna chambre dyal sanaa f Meknes ?": "ask_help"}


def test_hirfa_review_export_counts_the_editors_examples(
    services: Services, settings: Settings, tmp_path: Path, capsys, monkeypatch
) -> None:
    from commands import hirfa as cli

    file_example(services, "wach kayn chi dar sanaa f Taza", "ary_Latn", "find_office", utc_now())
    monkeypatch.setattr(cli.Settings, "from_env", classmethod(lambda cls, *a, **k: settings))
    out = tmp_path / "out"
    assert cli.main(["review", "export", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "ary_Latn.yml: 1 example(s) added" in printed
    assert "1 training example(s) from unanswered questions marked exported" in printed
    assert examples(services)["wach kayn chi dar sanaa f Taza"].exported_at is not None
    with services.registry.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export_corrections")).one()
    assert "1 training examples" in entry.detail
