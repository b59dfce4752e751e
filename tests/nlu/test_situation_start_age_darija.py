"""The age one started at, said in Darija as "when I had" ("وأنا عندي 18", "w ana 3ndi 17") after a start, counts the
years of practice with the writer's age now."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "عندي 50 عام وبديت النجارة وأنا عندي 20، ما عنديش ديبلوم. واش نتسجل؟",
        "بديت الخياطة وأنا عندي 17 عام ودابا عندي 30، بلا شهادة",
        "3ndi 40 3am w bdit sraja w ana 3ndi 15, ma3ndich diplome",
    ],
)
def test_when_i_had_after_a_start_is_the_start_age(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_a_number_of_children_after_a_start_is_no_age(reader: SituationReader) -> None:
    text = "بديت الخياطة هاد العام وأنا عندي 2 ديال الولاد، ما عنديش ديبلوم"
    assert read(reader, text).get("category") != "practice"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The age then ("وانا عندي 22 عام", "وانا بنت تسعه") and now ("كملت 25", "عندي دابا 34").
        ("انا بديت نخيط الجلالب فالدار وانا عندي 22 عام ودابا كملت 25 ما عنديش ديبلوم، واش نتسجل؟", "practice"),
        ("بديت الفخار وانا بنت تسعه وعندي دابا 34 ودرت الاوطو انتروبرونور، بغيت نتسجل", "practice"),
        ("كنطرز من وانا بنت 13 ودابا عندي 38 وما عنديش ديبلوم", "practice"),
        # One year: too few, and no diploma.
        ("بديت الخياطة وأنا عندي 20 عام ودابا عندي 21، بلا ديبلوم", "none"),
        # Someone's age after a "من" that asks is no start.
        ("هل من تكوين في نحت الحجر؟ ابني عمره ستة عشر عاما ويريد أن يتعلم", None),
    ],
)
def test_the_age_then_and_the_age_now(reader: SituationReader, text: str, category) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        "الوالد هو اللي علمني الصياغة، دابا عندي 26 عام وبديت معاه فعمر 20",
        "بديت الخياطة في عمر 15 ودابا عندي 19 وما عنديش ديبلوم",
        "عمري 30 سنة وبديت الطرز بعمر 18",
    ],
)
def test_the_noun_age_before_the_number_is_the_start_age(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_omar_is_no_age(reader: SituationReader) -> None:
    # The name Omar before a number of years of practice: the years still count.
    assert read(reader, "خدمت مع المعلم عمر 6 سنين فالنجارة، ما عنديش ديبلوم").get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "كنصلح الطوموبيلات فبرشيد، دخلت للميكانيك وأنا عندي سطاش العام ودابا عندي تلاتين",
        "تعلمت الخياطة وانا عندي 12 ودابا عندي 40 عام",
    ],
)
def test_entering_or_learning_a_trade_when_i_had_is_the_start_age(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_entering_a_regime_when_i_had_starts_no_craft(reader: SituationReader) -> None:
    assert read(reader, "دخلت للاوطو انتروبرونور وانا عندي 20 عام ودابا عندي 30").get("category") is None


@pytest.mark.parametrize(
    "text",
    [
        "بديت نخدم الفخار هاد الصيف مع واحد المعلم، مازال ما عنديش ديبلوم. كيفاش نتسجل؟",
        "j'ai commencé la poterie cet été, pas de diplôme",
    ],
)
def test_a_start_this_summer_without_a_diploma_is_too_few_years(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"
