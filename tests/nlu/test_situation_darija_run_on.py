"""Darija dictated to the phone or typed in one breath: "and" glued on "never" before a glued "ma", a wish with no comma
before what is paid now, French words in Arabic letters, a colloquial plural of years, "since I was little" with no
"and", and a child saying whose child they are."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "انا كنضفر الحصير فدوار وعمري ماخلصت شي ضريبة، واش لامو غالية؟",
        "كنخدم النحاس وعمري خلصت شي ضريبة",
    ],
)
def test_never_with_and_glued_on_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("وعمري 40 عام وبديت النجارة هاد العام", None),
        # The age a word after "my life": still an age, not "never".
        ("أعمل في الدباغة منذ أن كان عمري 16 سنة وعمري الآن 35، ولم أدرس في أي مركز", "practice"),
    ],
)
def test_and_my_age_is_still_an_age(reader: SituationReader, text: str, category) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("عندي الورشة ديال السراجة وبغيت نوسعها كنخلص الضريبة المقطوعة كل عام واش كاين قرض", "cpu"),
        ("bghit nkbbar lma7al kankhelles l cpu kol 3am", "cpu"),
    ],
)
def test_a_wish_does_not_reach_past_a_payment_in_the_present(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


def test_a_payment_wished_is_still_planned(reader: SituationReader) -> None:
    assert read(reader, "بغيت نخلص الضريبة المقطوعة باش نولي قانوني").get("tax_situation") is None


@pytest.mark.parametrize(
    "text",
    [
        "خدام بالكونطابيليتي فالورشة ديالي ديال الحديد، واش نقدر ندخل للتقاعد؟",
        "الورشة ديالي عندها الكونطابيليطي والمحاسب كيديرها، شحال نخلص فلامو؟",
    ],
)
def test_accounting_in_arabic_letters_is_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


@pytest.mark.parametrize(
    "text",
    [
        "انا ميكانيسيان عندي عامين فالحرفة لا سمح ليا ربعة ديال العامات، وما قريتش",
        "خدمت خمس عامات فالنجارة بلا ديبلوم",
        "عندي 50 عام وكنخدم الزربية من انا صغيرة",
        "الوالدة عندها 60 عام وكتخدم الحنبل من هي صغيرة، واش تقدر تتسجل؟",
    ],
)
def test_years_told_as_they_are_said_are_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_a_child_saying_whose_child_they_are_writes_for_the_parent(reader: SituationReader) -> None:
    text = "انا بنتها اللي كنكتب: الوالدة طرازة من 1990 فصفرو وماعندهاش تيليفون، كيفاش نسجلوها؟"
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # "And I am" after the question of how to register: the regime is held, not planned.
        ("كيفاش نتسجل فرنا وانا مقاول ذاتي؟ خدام فالجلد فمراكش", "auto_entrepreneur"),
        ("kifach ntsjel w ana auto-entrepreneur?", "auto_entrepreneur"),
        # Another's present negated with "ma" glued on: "he pays no tax".
        ("بابا عندو 60 عام سراج فالجديدة وماكيخلص حتى ضريبة واش باقي يقدر يدخل للتقاعد", "none"),
        ("الوالدة ماكتخلص والو، شحال خاصها فلامو؟", "none"),
    ],
)
def test_the_regime_said_in_one_breath_is_read(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


def test_registering_as_a_regime_is_still_planned(reader: SituationReader) -> None:
    assert read(reader, "كيفاش نتسجل كمقاول ذاتي؟").get("tax_situation") is None


def test_in_the_rna_is_no_oven(reader: SituationReader) -> None:
    assert "business_stage" not in read(reader, "كيفاش نتسجل فرنا؟ خدام فالجلد")
