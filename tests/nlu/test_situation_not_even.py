""""Not even a diploma I have": "حتى" (ta, hta, 7ta) before a kind, the negation right after it, denies it
(nlu.situation_clauses.near); without "not even", Darija's "ما عندي" after a kind negates what follows it."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("حتى شهادة ما عندي وكنخدم النجارة غير عامين، واش نقدر نتسجل؟", "none"),
        ("hta diplome ma3ndi, w kankhdem f zlij mn 6 snin", "practice"),
        ("7ta chahada ma 3ndi walakin kankhiyet hadi 10 snin", "practice"),
    ],
)
def test_not_even_a_diploma_is_none(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        # "حتى أنا" is "me too": the diploma after it is held.
        "حتى أنا عندي ديبلوم فالخياطة، واش نقدر نتسجل؟",
        # The negation right after the diploma denies what follows it, not the diploma.
        "عندي ديبلوم ما عندي حتى مشكل، كيفاش نتسجل؟",
    ],
)
def test_without_not_even_the_diploma_is_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "diploma"
