"""The years a tax status has been held ("auto-entrepreneur depuis 2021") are no years of practising a craft."""

import pytest

from nlu.lexicon import message_words
from nlu.situation import SituationReader
from tests.nlu.test_situation import TODAY, read


@pytest.mark.parametrize(
    "text",
    [
        # MSA
        "أنا مقاول ذاتي منذ 2019 هل يمكنني التسجيل؟",
        "منذ 2020 وأنا مقاول ذاتي، هل يحق لي التسجيل في السجل؟",
        "أؤدي المساهمة المهنية الموحدة منذ سنة 2018، فهل أستطيع التسجيل؟",
        # Darija
        "عندي الكارط ديال الأوطو من 2020 واش نقدر نتسجل",
        "أنا مقاول ذاتي هادي ست سنين، واش نتسجل فالسجل؟",
        # Arabizi
        "3ndi lcarte dyal auto-entrepreneur mn 2022 wach nt9ayed f rna",
        "mn 2021 ana auto-entrepreneur, wach n9der ntsjel?",
        # French
        "je suis auto-entrepreneur depuis 2021, je peux m'inscrire ?",
        "depuis 2020 je suis à la CPU, puis-je m'inscrire au registre ?",
    ],
)
def test_years_of_a_tax_status_are_no_years_of_practice(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "أنا مقاول ذاتي وأعمل في النجارة منذ 2015، هل يمكنني التسجيل؟",
        "ana auto-entrepreneur w kankhdem f zlij hadi 8 snin",
        "depuis 2015 je fais du cuir et je suis à la CPU",
        "je suis auto-entrepreneur, potier depuis 2012",
        # A status denied after the years is held for none of them.
        "سجلني عافاك فالسجل الوطني، كنخدم الدوم فسيدي سليمان هادي 9 سنين وماكنخلص حتى ضريبة",
    ],
)
def test_years_of_the_craft_next_to_a_status_still_count(reader: SituationReader, text: str) -> None:
    assert read(reader, text)["category"] == "practice"


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("عندي 12 عام فالصياغة وكنخلص الضريبة الموحدة. شنو الأوراق؟", "فالصياغة"),
        ("كنخلص الضريبة المهنية الموحدة وعندي 8 سنين فالنجارة، ماعنديش ديبلوم.", "فالنجارة"),
    ],
)
def test_years_said_of_a_trade_beside_a_status_are_practice(reader: SituationReader, text: str, trade: str) -> None:
    start = text.index(trade)
    found = reader.read(text, message_words(text), TODAY, trades=[(start, start + len(trade))])
    assert {f.entity: f.value for f in found}.get("category") == "practice"


def test_a_diploma_denied_between_years_and_a_status_leaves_the_years_to_the_craft(reader: SituationReader) -> None:
    assert read(reader, "كنخدم الدباغة من 2019 ما عنديش ديبلوم وكنخلص الفورفي").get("category") == "practice"


def test_a_trade_after_a_comma_leaves_the_status_years(reader: SituationReader) -> None:
    text = "auto-entrepreneuse depuis 2023, je couds des djellabas à Kénitra."
    start = text.index("couds")
    found = reader.read(text, message_words(text), TODAY, trades=[(start, start + len("couds"))])
    assert "category" not in {f.entity for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "راني نخدم البلغة فالدار، ما عندي حتى ورقة، خدام هاكا هادي عشر سنين وما نخلص حتى ضريبة، واش عندي الحق نتسجل؟",
        "خدامة هادي ست سنين وما كنخلص والو للضرائب، واش نقدر نتسجل؟",
        "kankhdem hadi 7 snin w ma kankhlles walo, wach n9der ntsjel?",
    ],
)
def test_years_right_after_a_verb_of_working_are_practice_whatever_follows(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_years_after_the_work_its_trade_and_place_are_practice_beside_a_status(reader: SituationReader) -> None:
    text = "واش خاصني نكون معلم باش نتسجل؟ كنخدم النحاس فالمدينة القديمة ديال فاس من 2019 وعندي اوطو انتربرونور"
    assert read(reader, text) == {"category": "practice", "tax_situation": "auto_entrepreneur"}


def test_a_status_said_between_the_work_and_the_years_keeps_them(reader: SituationReader) -> None:
    assert read(reader, "كنخدم النجارة وعندي الاوطو انتربرونور من 2019").get("category") is None
