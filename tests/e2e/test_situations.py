"""What artisans say about themselves is understood and used, through the real servers, in every variety."""

import uuid

import pytest

from tests.e2e.conftest import Assistant


def new_sender() -> str:
    return f"sit-{uuid.uuid4().hex[:8]}"


def said(replies: list[dict]) -> list[str]:
    return [r["custom"]["response"] for r in replies if "custom" in r]


def language(replies: list[dict]) -> set[str]:
    return {r["custom"]["language"] for r in replies if "custom" in r}


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        # No diploma, but years of practice: answered for practice, never for a diploma holder.
        ("ma3ndich diplome walakin khdama f zrabi hadi 5 snin, wach n9der ntsjel?", "utter_eligibility_practice"),
        ("j'ai pas de diplôme mais je fais de la poterie depuis 4 ans, je peux m'inscrire ?", "utter_eligibility_practice"),
        ("واش خاصني الديبلوم باش نتسجل؟ أنا خدام نجار هادي 12 عام", "utter_eligibility_practice"),
        ("ليس لدي دبلوم لكنني أعمل في الخزف منذ ست سنوات، هل يمكنني التسجيل؟", "utter_eligibility_practice"),
        # A diploma held is the diploma case, not a question about training.
        ("حصلت على دبلوم التكوين المهني في الخياطة، هل يمكنني التسجيل؟", "utter_eligibility_diploma"),
        # Too little said: asked, not guessed.
        ("wach khass diplome bach ntsjel?", "utter_ask_category_eligibility"),
    ],
)
def test_eligibility_is_answered_for_the_case_stated(assistant: Assistant, message: str, answer: str) -> None:
    assert said(assistant.send(new_sender(), message)) == [answer]


def amount_stated(replies: list[dict]) -> bool:
    return any("135" in r.get("text", "") or "١٣٥" in r.get("text", "") for r in replies)


@pytest.mark.parametrize(
    "message",
    [
        "ch7al khassni nkhelles f l'amo? ana ma kankhllsch dariba",
        "كم سأدفع شهريا للتأمين الإجباري عن المرض؟ لا أؤدي أي ضريبة",
        "ما كنخلصش الضريبة، شحال خاصني نخلص فالتغطية الصحية؟",
        "je ne paie pas d'impôts, combien je dois payer pour l'AMO ?",
    ],
)
def test_a_stated_tax_situation_is_answered_without_asking(assistant: Assistant, message: str) -> None:
    replies = assistant.send(new_sender(), message)
    assert "utter_ask_tax_situation" not in said(replies)
    assert amount_stated(replies)


def test_a_stated_situation_replaces_the_remembered_one(assistant: Assistant) -> None:
    sender = new_sender()
    first = assistant.send(sender, '/amo_cost{"tax_situation": "cpu"}')
    assert not amount_stated(first)
    assert amount_stated(assistant.send(sender, "daba ma kankhllsch dariba, ch7al l'amo?"))


def test_a_first_message_in_msa_is_answered_in_msa(assistant: Assistant) -> None:
    message = "كم سأدفع شهريا للتأمين الإجباري عن المرض؟ لا أؤدي أي ضريبة"
    assert language(assistant.send(new_sender(), message)) == {"ar"}
    # Even when the phone's language (Arabic → Darija) spoke first.
    sender = new_sender()
    assistant.send(sender, "/greet", {"language_code": "ar"})
    assert language(assistant.send(sender, message, {"language_code": "ar"})) == {"ar"}


@pytest.mark.parametrize(
    "message",
    [
        "wach l'njara dakhla f l7iraf dyal sijil?",
        "wach nnjara m3trf biha?",
        "est-ce que la menuiserie est reconnue ?",
        "هل النجارة من الحرف المعترف بها؟",
    ],
)
def test_a_trade_in_any_form_is_found(assistant: Assistant, message: str) -> None:
    assert said(assistant.send(new_sender(), message)) == ["utter_craft_listed"]


def test_a_request_starts_with_what_the_first_message_gave(assistant: Assistant) -> None:
    sender = new_sender()
    opening = said(assistant.send(sender, "salam, ana njjar f fes, bghit ntsjel f rna"))
    assert opening == ["utter_request_intro", "utter_noted_city", "utter_ask_request_full_name"]
    # "ah" is not a name: explained and asked again.
    assert said(assistant.send(sender, "ah")) == ["utter_invalid_full_name", "utter_ask_request_full_name"]
    assert said(assistant.send(sender, "Fatima Zahra Alaoui")) == ["utter_ask_request_cin"]
    assert said(assistant.send(sender, "AB123456")) == ["utter_ask_request_phone"]
    # The trade given at the start is confirmed, not asked; the city is not asked again.
    assert said(assistant.send(sender, "0612345678")) == ["utter_ask_request_trade_ok"]
    assert said(assistant.send(sender, "/affirm")) == ["utter_ask_request_category"]


@pytest.mark.parametrize(
    ("message", "trade"),
    [("wach lkhrrata dakhla f l7iraf dyal sijil?", "lkhrrata"), ("واش الخراطة داخلة فالحرف؟", "الخراطة")],
)
def test_an_unknown_trade_is_named_back_not_dropped(assistant: Assistant, message: str, trade: str) -> None:
    replies = assistant.send(new_sender(), message)
    assert said(replies) == ["utter_craft_not_listed"]
    assert trade in replies[0]["text"]
