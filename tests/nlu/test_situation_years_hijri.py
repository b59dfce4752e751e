"""A start year of the Hijri calendar in a formal letter ("منذ سنة 1430 للهجرة", "منذ 1440 هـ") is turned into the
Gregorian year before the years of practice are counted (nlu.situation_years); without the calendar's word, a number
like 1430 is no year."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "أعمل في صناعة النحاس منذ عام 1425 للهجرة، ولا أحمل شهادة",
        "أمارس النسيج منذ ١٤٣٥ هـ دون دبلوم",
        "أشتغل في الدباغة منذ سنة 1420 هجرية بلا شهادة، هل يحق لي التسجيل؟",
    ],
)
def test_a_hijri_start_year_counts_years(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_a_recent_hijri_year_is_few_years(reader: SituationReader) -> None:
    assert read(reader, "بدأت الخياطة سنة 1446 هـ وليس لدي دبلوم").get("category") == "none"
