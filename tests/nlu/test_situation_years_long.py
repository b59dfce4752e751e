"""Long or many years without a number ("منذ سنوات طويلة", "سنوات عديدة", "depuis de longues années", "de nombreuses
années") are more than the three years of practice of DOMAIN.md §1; "plusieurs années" still says too little
(nlu/situation_cues.yml, spans_of_time)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "أنسج الزرابي منذ سنوات طويلة ولا أملك شهادة",
        "تعمل أمي في الطرز لسنوات عديدة دون دبلوم",
        "je brode des caftans depuis de longues annees, sans diplome",
        "mon pere taille la pierre depuis de nombreuses années",
    ],
)
def test_long_years_are_a_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("je fais du cuir depuis plusieurs annees", None),
        ("أنا معلم في الزليج منذ سنوات طويلة", "maalem"),
    ],
)
def test_several_years_or_a_maalem_unchanged(reader: SituationReader, text: str, category: str | None) -> None:
    assert read(reader, text).get("category") == category
