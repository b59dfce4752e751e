"""Years of practice said in more ways: "joj" (two), a decade, experience named just before its number, since
childhood; an age stays an age; "لدى" (at a maalem's) is no "لدي" (I have)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "joj" is two: two years without a diploma are too few.
        ("joj snin w ana khddam f nnjara, ma3ndich diplome", "none"),
        # Experience named just before the number: years of work, not an age.
        ("لدي خبرة عشرين عاما في الخزف", "practice"),
        ("3ndi lkhibra dyal 12 3am f zlij", "practice"),
        # A decade, in MSA.
        ("أمارس الحرفة منذ عقد من الزمن", "practice"),
        # Since childhood.
        ("أعمل في النجارة منذ نعومة أظافري ولا أملك شهادة", "practice"),
        ("كنخدم الفخار من وانا صغيرة، بلا ديبلوم", "practice"),
        # Since one was a child, said with "كنت" ("since I was small"), and decades said more than or many.
        ("مارست الدباغة مع أبي منذ كنت صغيرا، وعمري الآن أربعون سنة", "practice"),
        ("أمارس الحياكة منذ أن كنت طفلة ولا أملك دبلوما", "practice"),
        ("ليس بحوزتي أي دبلوم، وأعمل في الفخار منذ أزيد من عقدين", "practice"),
        ("أشتغل في الزليج منذ عقود، هل يمكنني التسجيل؟", "practice"),
        ("je tisse depuis deux décennies, sans diplôme", "practice"),
    ],
)
def test_years_of_practice_said_in_more_ways(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


def test_an_age_stays_an_age(reader: SituationReader) -> None:
    assert "category" not in read(reader, "عندي 45 عام، واش نقدر نتسجل؟")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "لدى" (at) folds to "لدي" (I have): written with alif maqsura it names another person.
        ("اشتغلت سنتين لدى معلم في الدباغة بلا شهادة", "none"),
        ("لدي عشرون سنة كمعلم في الدباغة", "maalem"),
    ],
)
def test_a_maalem_one_learns_at_is_not_the_writer(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
