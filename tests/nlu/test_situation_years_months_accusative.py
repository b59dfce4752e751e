"""Practice counted in months in Modern Standard Arabic: from eleven on, the month is in the accusative ("ثمانية عشر
شهرا", "أربعين شهرا"), as the year is ("عشرين عاما"); the months add up to years like "18 mois" (nlu.situation_years)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Under three years, no diploma: too few.
        ("اشتغلت في الدباغة خمسة عشر شهرا ولا أحمل أي دبلوم", "none"),
        ("أعمل في صناعة الزليج منذ ثلاثين شهرا، دون شهادة", "none"),
        # Three years and more.
        ("أمارس الخراطة على الخشب منذ خمسين شهرا وليس لدي دبلوم", "practice"),
        ("أصنع الحلي منذ ستة وأربعين شهرا بلا شهادة", "practice"),
    ],
)
def test_months_in_the_accusative_count(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
