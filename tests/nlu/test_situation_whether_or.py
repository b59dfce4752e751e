"""In a Darija question whether, "ولا" is "or", not "and not" (nlu/situation_whether_or.py): what the writer holds
before it stays held; after a negation ("neither … nor"), or before the other thing weighed, it still negates."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("عندي ديبلوم فالنجارة، واش نجيب غير نسخة منو ولا كاين شي ورقة اخرى؟", "category", "diploma"),
        ("عندي ديبلوم فالطرز وكنخلص لافورفي، واش البطاقة كتنفع فالمعارض ولا غير ورقة؟", "category", "diploma"),
        ("عندي الديبلوم ديال الخياطة، واش نمشي للغرفة ولا نتسجل من الدار؟", "category", "diploma"),
    ],
)
def test_or_after_whether_denies_nothing_held(reader: SituationReader, text: str, entity: str, value: str) -> None:
    assert read(reader, text).get(entity) == value


@pytest.mark.parametrize(
    "text",
    [
        # The other thing weighed is asked about.
        "واش خاص الصور ولا غير البطاقة والديبلوم؟",
        "واش الجمعية تقدر تدخل للسجل ولا غير التعاونية؟",
    ],
)
def test_the_other_thing_weighed_is_not_held(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


def test_neither_nor_still_negates(reader: SituationReader) -> None:
    assert read(reader, "ما كنخلص لا ضريبة ولا والو، واش نقدر ندخل لامو؟").get("tax_situation") == "none"
