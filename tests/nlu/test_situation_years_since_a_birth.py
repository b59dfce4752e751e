"""Years dated by a life event (nlu.situation_years): since the day of an event with its year ("من نهار تزوجت
2009"), since a child's birth counted by the child's age said before or after it, since an age said as an ordinal
("منذ أن كنت في الخامسة عشرة")."""

import pytest

from nlu.lexicon import message_words
from nlu.situation import SituationReader
from tests.nlu.test_situation import TODAY, read


@pytest.mark.parametrize(
    "text",
    [
        "كنطرز من نهار تزوجت 2010 وما عنديش ديبلوم، واش نقدر نتسجل؟",
        "kankhdem l7did mn nhar tzawjt 2012 w ma3ndich diplome",
    ],
)
def test_since_the_day_of_an_event_with_its_year(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ولدي عندو دابا تمن سنين، ومن نهار تزاد وأنا كنخدم الجلد بلا ديبلوم", "practice"),
        ("mon fils a 7 ans, et depuis sa naissance je fais de la poterie sans diplôme", "practice"),
        # A young child: the years are too few.
        ("بنتي عندها عامين، ومن نهار تزادت وأنا كنطرز فالدار، ما عنديش ديبلوم", "none"),
    ],
)
def test_since_a_childs_birth_counts_the_childs_age(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The age said after the birth; a start ("j'ai commencé") the year of it, not only "since".
        ("J'ai commencé la broderie l'année où ma fille est née, elle a 7 ans aujourd'hui. Je n'ai aucun diplôme", "practice"),
        ("j'ai commencé à coudre quand mon fils est né, il a 10 ans maintenant, sans diplôme", "practice"),
        ("كنصايب السفيفة من ملي كانت بنتي فالكرش ودابا راها فالاعدادي عندها 13 عام، وما عمري قريت الحرفة", "practice"),
        ("كنطرز من نهار تزادت بنتي، دابا عندها عامين، وما عنديش ديبلوم", "none"),
    ],
)
def test_since_a_childs_birth_counts_the_age_said_after(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


def test_french_ne_is_a_birth_only_after_to_be(reader: SituationReader) -> None:
    # "ne" after "je" is the negation: no birth dates the start by the daughter's age.
    assert "category" not in read(reader, "J'ai commencé la broderie, je ne regrette rien. Ma fille a 9 ans. Je n'ai pas de diplôme")


def test_a_birth_with_no_age_before_counts_nothing(reader: SituationReader) -> None:
    assert "category" not in read(reader, "من نهار تزادت بنتي وأنا كنطرز فالدار")


@pytest.mark.parametrize(
    "text",
    [
        "أعمل في النجارة منذ أن كنت في الرابعة عشرة، وعمري الآن أربعون سنة، ولا أملك شهادة.",
        "والدي يشتغل في الدباغة منذ أن كان في الثانية عشرة، وعمره اليوم خمسون سنة، هل يحق له التسجيل؟",
    ],
)
def test_since_an_ordinal_age_to_the_age_now(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_years_after_the_work_and_its_place_are_practice(reader: SituationReader) -> None:
    # The work's place between the verb and the years: "in my house, in Khénifra"; the trade's own verb (a span the
    # lexicon claims) works as "I work" does.
    assert read(reader, "كنخدم الجلد فالدار ديالي فمراكش من 2015 وكنخلص الفورفي، شنو الأوراق؟").get("category") == "practice"
    text = "أنسج في بيتي بخنيفرة منذ 2012 وأؤدي مبلغا جزافيا كل سنة. ماذا أجهز من أوراق؟"
    verb = (0, len("أنسج"))
    found = reader.read(text, message_words(text), TODAY, [verb], "ar", [verb])
    assert {f.entity: f.value for f in found}.get("category") == "practice"
