"""Fewer than a count of years, said in MSA or Darija ("أقل من ثلاث سنوات", "لم أكمل ثلاث سنوات", "ma kmmltch 3 snin",
"a9al mn 3 snin"), is just under it, as "moins de 3 ans" is: not the years said. "أقل من" with no count after it
compares, and stays a comparison (round 29 B, fresh 32)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "لم أكمل ثلاث سنوات في النجارة ولا أملك دبلوما، هل يحق لي التسجيل؟",
        "أقل من ثلاث سنوات في الخياطة ولا دبلوم عندي، هل أسجل؟",
        "أشتغل في الحلي منذ أقل من 3 سنوات وليس لدي دبلوم، هل يمكنني التسجيل؟",
        "ma kmmltch 3 snin f nnjara w ma3ndich diplome, n9der ntsjel?",
        "ما كملتش تلات سنين فالدباغة وما عنديش ديبلوم، نقدر نتسجل؟",
    ],
)
def test_under_three_years_without_diploma_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    "text",
    [
        # Not yet three years, said of a worker in general: no count of the writer's.
        "هل يمكن لعامل في ورشة أن يسجل وهو لم يكمل ثلاث سنوات؟",
    ],
)
def test_a_rule_asked_with_less_than_says_nothing(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("صديقتي تقول إن المقاول الذاتي يدفع أقل من صاحب المساهمة المهنية الموحدة، هل هذا صحيح؟", None),
        ("أنا في المساهمة المهنية الموحدة، هل أدفع أقل من المقاول الذاتي؟", "cpu"),
    ],
)
def test_less_than_without_a_count_still_compares(reader: SituationReader, text: str, tax: str | None) -> None:
    assert read(reader, text).get("tax_situation") == tax
