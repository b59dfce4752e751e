"""A child's school year dates the work (nlu/situation_school_years.py): the child's age now, by the school year they
are in, less their age when the work began (born, entering school, kindergarten)."""

import pytest

from nlu.lexicon import message_words
from nlu.situation import SituationReader
from nlu.situation_school_years import school_years
from tests.nlu.test_situation import read

# The words the situation reader passes in: a birth, and "since" ("ملي", "من نهار").
BORN = frozenset({"تزادت"})
SINCE = frozenset({"ملي", "من", "نهار"})


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("بديت الطرز ملي تزادت بنتي ودابا هي فالرابع ابتدائي", 9),
        ("كنخدم النحاس من نهار دخلات بنتي للمدرسة ودابا هي فالثانية اعدادي", 7),
        ("ولدي دابا فالباك وانا بديت النجارة ملي كان فالروض", 13),
    ],
)
def test_the_years_run_from_the_start_to_the_school_year_now(text: str, years: int) -> None:
    assert [found[0] for found in school_years(message_words(text), BORN, SINCE)] == [years]


@pytest.mark.parametrize(
    "text",
    [
        # A school year with no start dated by it, or the writer's own schooling.
        "بنتي فالسادس ابتدائي وانا بديت الطرز هاد العام",
        "قريت حتى السادس ابتدائي، كنخدم الجلد",
    ],
)
def test_a_school_year_alone_dates_nothing(text: str) -> None:
    assert school_years(message_words(text), BORN, SINCE) == []


@pytest.mark.parametrize(
    "text",
    [
        "بديت الخياطة ملي تزادت ولدي ودابا هو فالسادس ابتدائي، ما عنديش ديبلوم، واش نقدر نتسجل؟",
        "خدامة فالفخار من نهار دخل ولدي للمدرسة ودابا هو فالثالثة اعدادي، شنو الوراق؟",
    ],
)
def test_the_years_so_counted_are_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_a_class_and_its_ordinal_is_primary(reader) -> None:
    """"فالقسم الخامس" (the fifth class) is the fifth year of primary school: ten years old."""
    text = "بديت فالطرز نهار تزادت بنتي، ودابا هي فالقسم الخامس، ما عنديش ديبلوم"
    assert read(reader, text).get("category") == "practice"
