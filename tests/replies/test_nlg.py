import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from replies.bidi import FSI, PDI, isolate_ltr_runs
from replies.messages import RESPONSES, Button, Reply
from replies.nlg import CatalogNLG


@pytest.fixture(scope="module")
def nlg() -> CatalogNLG:
    return CatalogNLG()


@pytest.mark.parametrize(
    ("language", "start"),
    [("ar", "مرحبا! أنا حرفة"), ("ary", "السلام! أنا حرفة"), ("fr", "Bonjour ! Je suis Hirfa")],
)
def test_renders_each_language_from_its_catalog(nlg: CatalogNLG, language: str, start: str) -> None:
    message = nlg.render("utter_greet", language, {})
    assert message["text"].startswith(start)
    assert len(message["buttons"]) == len(RESPONSES["utter_greet"].buttons)
    assert message["custom"] == {"language": language, "rtl": language != "fr", "response": "utter_greet"}


def test_button_titles_are_translated_but_payloads_are_not(nlg: CatalogNLG) -> None:
    buttons = nlg.render("utter_menu", "fr", {})["buttons"]
    assert buttons[0] == {"title": "M'inscrire comme artisan", "payload": "/rna_register_how"}


def test_language_names_are_shown_as_written(nlg: CatalogNLG) -> None:
    titles = [b["title"] for b in nlg.render("utter_ask_language", "fr", {})["buttons"]]
    assert titles == ["العربية", "الدارجة", "Français"]


def test_latin_runs_are_isolated_in_arabic_only(nlg: CatalogNLG) -> None:
    assert f"{FSI}rna.gov.ma{PDI}" in nlg.render("utter_register_how", "ary", {})["text"]
    assert FSI not in nlg.render("utter_register_how", "fr", {})["text"]


def test_placeholders_take_values_formatted_for_the_language(nlg: CatalogNLG, monkeypatch) -> None:
    monkeypatch.setitem(
        RESPONSES, "utter_test", Reply("{amount} DH, ref {reference}", (Button("Main menu", "/x"),))
    )
    fr = nlg.render("utter_test", "fr", {"amount": 1350.5, "reference": "H-7K2P9Q"})
    assert fr["text"] == f"1\u202f350,5 DH, ref {FSI}H-7K2P9Q{PDI}"
    assert nlg.render("utter_test", "fr", {})["text"] == " DH, ref "


def test_unknown_response_renders_nothing(nlg: CatalogNLG) -> None:
    assert nlg.render("utter_nowhere", "fr", {}) is None


async def test_generate_uses_the_language_slot(nlg: CatalogNLG) -> None:
    domain = Domain.load("domain")
    tracker = DialogueStateTracker.from_events("u", [SlotSet("language", "fr")], slots=domain.slots)
    message = await nlg.generate("utter_goodbye", tracker, "rest")
    assert message["text"].startswith("Au revoir")


async def test_generate_falls_back_to_the_default_language(nlg: CatalogNLG) -> None:
    tracker = DialogueStateTracker.from_events("u", [], slots=Domain.load("domain").slots)
    message = await nlg.generate("utter_goodbye", tracker, "rest")
    assert message["custom"]["language"] == "ary"


@pytest.mark.parametrize(
    "text", ["اتصل ب CNSS 3939 أو macnss.ma.", "البطاقة AB123456 والهاتف +212 6 12 34 56 78", "بلا أرقام"]
)
def test_isolating_is_idempotent_and_keeps_the_text(text: str) -> None:
    once = isolate_ltr_runs(text)
    assert isolate_ltr_runs(once) == once
    assert once.replace(FSI, "").replace(PDI, "") == text


def test_suggested_intents_become_buttons_before_the_fixed_ones(nlg: CatalogNLG) -> None:
    message = nlg.render(
        "utter_did_you_mean", "fr", {"suggestions": ["amo_cost", "training", "not_an_intent"]}
    )
    assert [b["payload"] for b in message["buttons"]] == ["/amo_cost", "/training", "/human_handoff"]
    assert message["buttons"][0]["title"] == "Combien coûte l'AMO"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "135 DH en 2021, 6,37 %, le 29 novembre 2026"),
        ("ar", "135 DH en 2021, 6,37 %, le 29 نونبر 2026"),
    ],
)
def test_content_placeholders_are_formatted_for_the_language(
    nlg: CatalogNLG, language: str, expected: str
) -> None:
    values = {
        "content": "{amount} DH en {year}, {rate} %, le {verified_date}",
        "amount": 135,
        "year": 2021,
        "rate": 6.37,
        "verified_date": "2026-11-29",
        "source": "CNSS",
    }
    text = nlg.render("utter_content", language, values)["text"]
    assert text.replace("\u2068", "").replace("\u2069", "").startswith(expected + "\n\n")
