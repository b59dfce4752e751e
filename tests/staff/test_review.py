"""Teaching the assistant: the correction form, saving and refusing corrections, the list, and the export."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from flask.testing import FlaskClient
from rasa.shared.nlu.training_data.loading import load_data
from sqlalchemy import select

from hirfa.settings import Settings
from registry.models import AuditEntry, Correction
from registry.types import utc_now
from staff import corrections
from staff.app import create_app
from staff.services import Services
from tests.staff.conftest import csrf_token, sign_in
from tests.staff.conversations import bot, user, write_conversation

ROOT = Path(__file__).resolve().parents[2]


def tracker_db(settings: Settings) -> Path:
    return Path(settings.tracker_store_url.removeprefix("sqlite:///"))


def user_event(services: Services, sender: str, text: str, intent: str, **parse: object) -> int:
    """Store a conversation of one user message (and a reply); the message's event id."""
    message = user(text, intent)
    message["parse_data"].update(parse)
    write_conversation(tracker_db(services.settings), sender, [message, bot("ok")])
    return next(e.id for e in services.tracker.conversation(sender) if e.type_name == "user" and e.data["text"] == text)


def bot_event(services: Services, sender: str) -> int:
    return next(e.id for e in services.tracker.conversation(sender) if e.type_name == "bot")


def post(client: FlaskClient, event_id: int, **form: str):
    token = csrf_token(client, f"/review/events/{event_id}")
    return client.post(
        f"/review/events/{event_id}", data={"csrf_token": token, **form}, headers={"HX-Request": "true"}
    )


def rows(services: Services) -> list[Correction]:
    with services.registry.session() as session:
        return list(session.scalars(select(Correction).order_by(Correction.id)))


TEXT = "<script>alert(1)</script> salam, fin kayna chambre d artisanat f fes?"
FES = {"entity": "city", "value": "Fès", "start": TEXT.index("fes"), "end": TEXT.index("fes") + 3}


@pytest.fixture
def message(services: Services) -> int:
    return user_event(services, "u1", TEXT, "greet", confidence=0.41, variety="ary_Latn", entities=[FES])


# The form -------------------------------------------------------------------------------------------


def test_the_fragment_shows_the_message_what_was_understood_and_every_choice(
    client: FlaskClient, message: int
) -> None:
    sign_in(client, "reviewer")
    response = client.get(f"/review/events/{message}", headers={"HX-Request": "true"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<html" not in page and 'id="correction-' in page
    # The user's text escaped, in its own direction.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert 'dir="auto">&lt;script&gt;' in page
    for intent in corrections.vocabulary().intents:
        assert f'<option value="{intent}"' in page
    assert '<option value="greet" selected>' in page
    for entity in ("category", "tax_situation", "business_stage", "craft", "city", "language"):
        assert f'name="entity_{entity}"' in page
    assert '<option value="Fès" selected>' in page
    assert '<option value="ary_Latn" selected>' in page
    assert "Confirm as understood" in page and "Save correction" in page


@pytest.mark.parametrize(
    ("lang", "names", "values", "badge"),
    [
        (
            "ar",
            ("الوضعية الضريبية", "مرحلة المشروع", "نوع المسجل", "الحرفة", "المدينة"),
            ("المساهمة المهنية الموحدة (cpu)", "مقاول ذاتي (auto_entrepreneur)", "في البداية (start)"),
            "الوضعية الضريبية: المساهمة المهنية الموحدة (cpu)",
        ),
        (
            "fr",
            ("Situation fiscale", "Étape de l&#39;activité", "Type d&#39;inscrit", "Métier", "Ville"),
            ("Contribution professionnelle unique (CPU) (cpu)", "Auto-entrepreneur (auto_entrepreneur)"),
            # French puts a space before the colon.
            "Situation fiscale : Contribution professionnelle unique (CPU) (cpu)",
        ),
    ],
)
def test_the_entity_fields_and_their_values_are_named_in_the_reviewers_language(
    settings: Settings,
    services: Services,
    message: int,
    lang: str,
    names: tuple[str, ...],
    values: tuple[str, ...],
    badge: str,
) -> None:
    client = create_app(settings, services, TESTING=True).test_client()  # with the project's catalogs
    sign_in(client, "reviewer")
    client.get(f"/review/events/{message}?lang={lang}")
    saved = post(client, message, action="correct", intent="amo_cost", variety="ary_Latn", entity_tax_situation="cpu")
    assert f">{badge}</span>" in saved.get_data(as_text=True)
    page = client.get(f"/review/events/{message}", headers={"HX-Request": "true"}).get_data(as_text=True)
    labels = re.findall(r'<label class="form-label" for="entity-[^"]+">([^<]*)</label>', page)
    assert set(names) <= set(labels)
    assert not {"tax_situation", "business_stage", "category", "craft", "city"} & set(labels)
    for value in values:
        assert f">{value}</option>" in page
    listed = client.get("/review").get_data(as_text=True)
    assert "tax_situation=" not in listed and f">{badge}</span>" in listed


def test_opened_directly_the_form_is_a_whole_page(client: FlaskClient, message: int) -> None:
    sign_in(client, "reviewer")
    page = client.get(f"/review/events/{message}").get_data(as_text=True)
    assert "<html" in page and 'id="correction-' in page and "review.js" in page


def test_a_missing_event_or_a_reply_is_not_found(client: FlaskClient, services: Services, message: int) -> None:
    sign_in(client, "reviewer")
    assert client.get("/review/events/999999").status_code == 404
    assert client.get(f"/review/events/{bot_event(services, 'u1')}").status_code == 404


def test_phone_numbers_are_masked_for_a_reviewer_and_an_admin_until_the_admin_reveals_them(
    client: FlaskClient, services: Services
) -> None:
    event_id = user_event(services, "u2", "mon numero 0612345678 et cin AB123456", "rna_status")
    sign_in(client, "reviewer")
    page = client.get(f"/review/events/{event_id}").get_data(as_text=True)
    assert "0612345678" not in page and "06******78" in page and "AB****56" in page
    admin = client.application.test_client()
    sign_in(admin, "admin")
    assert "0612345678" not in admin.get(f"/review/events/{event_id}").get_data(as_text=True)
    token = csrf_token(admin, f"/review/events/{event_id}")
    revealed = admin.post(f"/review/events/{event_id}/reveal", data={"csrf_token": token})
    assert "0612345678" in revealed.get_data(as_text=True)  # audited: tests/staff/test_masked_views.py


# Saving ---------------------------------------------------------------------------------------------


def test_a_correction_is_saved_with_what_was_predicted_and_audited(
    client: FlaskClient, services: Services, message: int
) -> None:
    sign_in(client, "reviewer")
    response = post(
        client, message, action="correct", intent="find_office", variety="ary_Latn", entity_city="Fès", entity_craft=""
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    assert "Correction saved: find_office" in response.get_data(as_text=True)
    [row] = rows(services)
    assert (row.conversation_id, row.event_id, row.variety) == ("u1", message, "ary_Latn")
    assert (row.predicted_intent, row.intent, row.exported_at) == ("greet", "find_office", None)
    assert json.loads(row.entities) == [FES]
    assert row.text.startswith("<script>")
    with services.registry.session() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "correct_message")).all()
    assert entry.target == f"event:{message}" and "greet -> find_office" in entry.detail


def test_saving_again_replaces_the_correction_and_it_waits_again(
    client: FlaskClient, services: Services, message: int
) -> None:
    sign_in(client, "reviewer")
    post(client, message, action="correct", intent="find_office", variety="ary_Latn", entity_city="Fès")
    with services.registry.session() as session:
        session.scalars(select(Correction)).one().exported_at = utc_now()
    response = post(client, message, action="correct", intent="rna_apply", variety="fr", entity_craft="WOOD")
    assert response.status_code == 200
    assert "Correction replaced: rna_apply" in response.get_data(as_text=True)
    [row] = rows(services)
    assert (row.intent, row.variety, row.exported_at) == ("rna_apply", "fr", None)
    assert json.loads(row.entities) == [{"entity": "craft", "value": "WOOD"}]


def test_confirming_keeps_what_the_assistant_understood(
    client: FlaskClient, services: Services, message: int
) -> None:
    sign_in(client, "reviewer")
    # The confirm button takes the prediction, whatever the selects say.
    response = post(client, message, action="confirm", intent="financing", variety="ary_Latn")
    assert response.status_code == 200
    assert "Confirmed as understood: greet" in response.get_data(as_text=True)
    [row] = rows(services)
    assert (row.intent, row.predicted_intent) == ("greet", "greet")
    assert [e["value"] for e in json.loads(row.entities)] == ["Fès"]


@pytest.mark.parametrize(
    ("form", "said"),
    [
        ({"intent": "book_hotel"}, "not one of the assistant&#39;s intents"),
        ({"intent": "find_office", "entity_planet": "Mars"}, "no entity “planet”"),
        ({"intent": "find_office", "entity_city": "Paris"}, "“Paris” is not a known value of city"),
        ({"intent": "rna_eligibility", "entity_category": "astronaut"}, "not a known value of category"),
        ({"intent": "find_office", "variety": "klingon"}, "not a language variety"),
    ],
)
def test_unknown_names_and_values_are_refused(
    client: FlaskClient, services: Services, message: int, form: dict[str, str], said: str
) -> None:
    sign_in(client, "reviewer")
    response = post(client, message, action="correct", **form)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert said in page and 'role="alert"' in page and 'id="correction-' in page
    assert rows(services) == []


def test_a_prediction_outside_the_domain_cannot_be_confirmed(client: FlaskClient, services: Services) -> None:
    event_id = user_event(services, "u3", "hmmm", "nlu_fallback")
    sign_in(client, "reviewer")
    assert "Confirm as understood" not in client.get(f"/review/events/{event_id}").get_data(as_text=True)
    response = post(client, event_id, action="confirm")
    assert response.status_code == 400 and "choose the right one" in response.get_data(as_text=True)
    assert rows(services) == []


def test_without_the_token_nothing_is_saved(client: FlaskClient, services: Services, message: int) -> None:
    sign_in(client, "reviewer")
    assert client.post(f"/review/events/{message}", data={"intent": "greet"}).status_code == 400
    assert rows(services) == []


@pytest.mark.parametrize("role", ["agent", "editor"])
def test_other_roles_may_not_review(client: FlaskClient, message: int, role: str) -> None:
    sign_in(client, role)
    assert client.get("/review").status_code == 403
    assert client.get(f"/review/events/{message}").status_code == 403
    token = csrf_token(client, "/review")  # the sign-out form of the refusal page
    assert client.post(f"/review/events/{message}", data={"csrf_token": token, "intent": "greet"}).status_code == 403


def test_signed_out_visitors_are_sent_to_sign_in(client: FlaskClient, message: int) -> None:
    assert client.get("/review").status_code == 302
    assert client.get(f"/review/events/{message}").status_code == 302


# The list -------------------------------------------------------------------------------------------


def test_the_list_shows_waiting_corrections_by_variety_and_the_exported_ones_below(
    client: FlaskClient, services: Services
) -> None:
    first = user_event(services, "v1", "wach kayn chi credit l7irafiyin", "greet", variety="ary_Latn")
    second = user_event(services, "v2", "je veux un pret pour mon atelier", "greet", variety="fr")
    third = user_event(services, "v3", "ou est la chambre de Safi", "greet", variety="fr")
    sign_in(client, "reviewer")
    for event_id in (first, second, third):
        post(client, event_id, action="correct", intent="financing")
    with services.registry.session() as session:
        session.scalars(select(Correction).where(Correction.event_id == third)).one().exported_at = utc_now()

    page = client.get("/review").get_data(as_text=True)
    assert "Corrections" in page and 'href="/review"' in page  # in the menu
    waiting, exported = page.split("Already exported")
    assert "wach kayn chi credit" in waiting and "je veux un pret" in waiting and "chambre de Safi" not in waiting
    assert "chambre de Safi" in exported
    assert "2 corrections wait" in page

    only_fr = client.get("/review?variety=fr").get_data(as_text=True)
    waiting, _ = only_fr.split("Already exported")
    assert "je veux un pret" in waiting and "wach kayn chi credit" not in waiting


# The export -----------------------------------------------------------------------------------------


def training_example(path: Path) -> str:
    """A message that is in the training data already."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return corrections.plain_text(document["nlu"][0]["examples"].splitlines()[0].removeprefix("- "))


def held_out_example() -> str:
    document = yaml.safe_load((ROOT / "tests" / "nlu" / "heldout" / "test" / "fr.yml").read_text(encoding="utf-8"))
    return document["nlu"][0]["examples"].splitlines()[0].removeprefix("- ")


def situation_example() -> str:
    document = yaml.safe_load((ROOT / "tests" / "nlu" / "situations" / "dev" / "fr.yml").read_text(encoding="utf-8"))
    return document["pairs"][0]["text"]


def save(services: Services, sender: str, text: str, intent: str, variety: str, **values: str) -> None:
    event_id = user_event(services, sender, text, "greet", variety=variety)
    with services.registry.session() as session:
        member = 2  # the reviewer, second account of the fixture
        corrections.save(
            session, services.tracker.event(event_id), intent, values, variety, member, utc_now()
        )


def test_the_export_writes_new_messages_by_variety_and_never_a_held_out_one(
    services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "corrections"
    new_fr = "svp ou se trouve le bureau de la chambre a fes pour un menuisier"
    new_ary = "fin kayn lbureau dyal chambre f Agadir a khoya"
    save(services, "e1", new_fr, "find_office", "fr", city="Fès", craft="WOOD", category="practice")
    save(services, "e2", new_ary, "find_office", "ary_Latn", city="Agadir")
    save(services, "e3", training_example(ROOT / "data" / "nlu" / "core" / "fr.yml").upper() + " !!", "greet", "fr")
    save(services, "e4", held_out_example(), "greet", "fr")
    save(services, "e5", situation_example().replace(",", " "), "rna_eligibility", "fr")
    save(services, "e6", "appelez moi au 0612345678 svp", "human_handoff", "fr")
    save(services, "e7", "un message sans variete connue", "greet", "unknown")
    # The same message from two people: the newer correction wins.
    save(services, "e8", "bghit nchof wach kayn chi formation f lkhyata", "deny", "ary_Latn")
    save(services, "e9", "Bghit nchof wach kayn chi formation f lkhyata!", "training", "ary_Latn")

    with services.registry.session() as session:
        dry = corrections.export(session, out, utc_now(), dry_run=True)
    assert dry.added == {"fr": 1, "ary_Latn": 2} and not out.exists()
    assert all(row.exported_at is None for row in rows(services))

    with services.registry.session() as session:
        report = corrections.export(session, out, utc_now())
    assert report.added == {"fr": 1, "ary_Latn": 2}
    assert sorted(p.name for p in out.iterdir()) == ["ary_Latn.yml", "fr.yml"]
    assert {reason: len(texts) for reason, texts in report.skipped.items()} == {
        "in_training": 1,
        "held_out": 2,
        "personal_data": 1,
        "duplicate": 1,
    }
    assert report.waiting == {"unknown_variety": ["un message sans variete connue"]}
    assert report.unannotated == [f"{new_fr} (category=practice)"]

    fr_text = (out / "fr.yml").read_text(encoding="utf-8")
    assert '[fes]{"entity": "city", "value": "Fès"}' in fr_text
    assert '[menuisier]{"entity": "craft", "value": "WOOD"}' in fr_text
    assert "[Agadir](city)" in (out / "ary_Latn.yml").read_text(encoding="utf-8")

    # Rasa reads the files back, each example tagged with its file's variety, entities with their values.
    for path in out.glob("*.yml"):
        examples = load_data(str(path)).intent_examples
        assert {e.get("metadata")["intent"]["variety"] for e in examples} == {path.stem}
    fr = load_data(str(out / "fr.yml"))
    [example] = fr.intent_examples
    assert example.get("text") == new_fr and example.get("intent") == "find_office"
    assert sorted((e["entity"], e["value"]) for e in example.get("entities")) == [("city", "Fès"), ("craft", "WOOD")]
    ary = {e.get("text"): e.get("intent") for e in load_data(str(out / "ary_Latn.yml")).intent_examples}
    assert ary == {new_ary: "find_office", "Bghit nchof wach kayn chi formation f lkhyata!": "training"}

    # No held-out message reached the files.
    held_out = corrections.TrainingIndex([held_out_example(), situation_example()])
    assert not [t for t in ary | {new_fr: ""} if held_out.repeats(t)]

    exported = {row.text: row.exported_at for row in rows(services)}
    assert exported["un message sans variete connue"] is None
    assert all(at is not None for text, at in exported.items() if text != "un message sans variete connue")

    before = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    with services.registry.session() as session:
        again = corrections.export(session, out, utc_now())
    assert again.added == {} and again.exported == []
    assert {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()} == before


def test_a_replaced_correction_replaces_its_exported_example_and_others_are_kept(
    services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "corrections"
    save(services, "r1", "chkoun li ymkn y3awni f lwra9 dyal sijil", "rna_documents", "ary_Latn")
    save(services, "r2", "wach n9der nakhod carte d artisan bla diplome", "artisan_card", "ary_Latn")
    with services.registry.session() as session:
        corrections.export(session, out, utc_now())
    # The reviewer changes their mind about r1: it waits again and replaces its line.
    with services.registry.session() as session:
        event = services.tracker.event(next(r.event_id for r in rows(services) if r.conversation_id == "r1"))
        corrections.save(session, event, "human_handoff", {}, "ary_Latn", 2, utc_now())
    with services.registry.session() as session:
        report = corrections.export(session, out, utc_now())
    assert report.added == {"ary_Latn": 1}
    examples = {e.get("text"): e.get("intent") for e in load_data(str(out / "ary_Latn.yml")).intent_examples}
    assert examples == {
        "chkoun li ymkn y3awni f lwra9 dyal sijil": "human_handoff",
        "wach n9der nakhod carte d artisan bla diplome": "artisan_card",
    }


def test_hirfa_review_export_prints_what_it_did(services: Services, settings: Settings, tmp_path: Path, capsys, monkeypatch) -> None:
    from commands import hirfa as cli

    save(services, "c1", "fin n9der nlqa chi maalem dyal zlij f Tetouan", "find_office", "ary_Latn")
    save(services, "c2", held_out_example(), "greet", "fr")
    monkeypatch.setattr(cli.Settings, "from_env", classmethod(lambda cls, *a, **k: settings))
    out = tmp_path / "out"
    assert cli.main(["review", "export", "--out", str(out), "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out and not out.exists()
    assert cli.main(["review", "export", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "ary_Latn.yml: 1 example(s) added" in printed
    assert "skipped 1: equal or near to a held-out or test message" in printed
    assert "2 correction(s) marked exported" in printed
    assert cli.main(["review", "export", "--out", str(out)]) == 0
    assert "nothing new to write" in capsys.readouterr().out
