"""A month said between "since" and its year ("depuis septembre 2018", "منذ مارس 2019"), a Hijri month before a Hijri
year ("منذ رمضان 1438"), and a school season written as two years ("منذ الموسم الدراسي 2015-2016") date a start
(nlu.situation_years)."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je fais de la poterie depuis septembre 2018, sans diplome",
        "كنخدم الجلد من شتنبر 2019 وما عنديش ديبلوم",
        "أشتغل في النقش على الخشب منذ مارس 2020 ولا أملك شهادة",
        "kan5dem f nnjara mn chtanbir 2017, ma 3ndi ta diplome",
        "أمارس الخياطة منذ شعبان 1440 دون أي دبلوم",
        "أنسج الزرابي منذ الموسم الدراسي 2016-2017، بلا شهادة",
        "je brode depuis la rentrée 2019/2020, pas de diplôme",
    ],
)
def test_a_month_or_a_season_before_the_year_dates_the_start(reader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_a_season_of_this_year_and_the_next_is_no_ended_span(reader) -> None:
    # Two years glued, the second the next: one season, counted from its first year (2025: one year).
    assert read(reader, "بديت الطرز فالموسم 2025-2026، ما عنديش ديبلوم").get("category") == "none"


def test_two_years_apart_are_still_a_span_that_ended(reader) -> None:
    assert read(reader, "خدمت فالنجارة من 2010 حتى 2012 وما عنديش ديبلوم").get("category") == "none"
