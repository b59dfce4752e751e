"""Having nothing "of" a paper, with the Darija "of" ("ma3ndi walo dyal diplome", "ما عندي والو ديال الديبلوم",
"ma 3ndi walo mn diplome"): no diploma, and the years decide (nlu.situation_category)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ma3ndi walo dyal diplome, kankhdem f zlij hadi 4 snin", "practice"),
        ("ma 3ndi walo dial diplome w bdit ghir l3am lli fat f nnjara", "none"),
        ("ما عندي والو ديال الديبلوم، خدام فالحدادة غير عامين", "none"),
        ("ما عندي والو ديال الشهادات ولكن كنطرز هادي 6 سنين", "practice"),
        ("ma3andi walo men diplome, khdama f trz mn 2019", "practice"),
    ],
)
def test_nothing_of_a_diploma_is_no_diploma(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
