"""Years of practice from the age one started at, said right after a start verb ("بدأت العمل وعمري 12 سنة"), in digits
or in words, including the feminine numbers of Standard Arabic ("اثنتا عشرة") and Darija's short "sett" (six)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "بدأت الطرز وعمري إحدى عشرة سنة، والآن عمري خمس وثلاثون سنة",
        "بدأت النسيج في القرية وعمري اثنتا عشرة سنة، وأنا اليوم في الأربعين",
        "بديت الخدمة فالنحاس وعمري 13 عام",
        "بدأت الحرفة وعمري أربع عشرة سنة",
    ],
)
def test_an_age_said_after_a_start_is_the_age_one_started_at(reader: SituationReader, text: str) -> None:
    assert read(reader, text)["category"] == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "khddam f nnjara hadi sett snin, wach n9der ntsjel?",
        "kantrez hadi stt snin",
        "أعمل في الخياطة منذ اثنتي عشرة سنة",
    ],
)
def test_numbers_in_words_count_years(reader: SituationReader, text: str) -> None:
    assert read(reader, text)["category"] == "practice"


def test_a_start_long_before_ones_age_is_no_start_age(reader: SituationReader) -> None:
    assert "category" not in read(reader, "عمري 40 سنة وبدأت الخياطة منذ سنتين")


@pytest.mark.parametrize(
    "text",
    [
        # The trade named between the start and "at the age of", the age now with "now" and without "years".
        "J'ai commencé la sellerie à l'âge de quatorze ans, j'en ai aujourd'hui trente-huit.",
        "J'ai appris la sellerie à l'âge de quatorze ans auprès de mon père, j'en ai aujourd'hui trente-huit et je n'ai "
        "jamais obtenu de diplôme.",
    ],
)
def test_a_start_at_the_age_of_and_the_age_now(reader: SituationReader, text: str) -> None:
    assert read(reader, text)["category"] == "practice"
