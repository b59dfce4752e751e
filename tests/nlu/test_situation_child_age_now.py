"""A child's age said now by an ordinal after "she" or "he" ("وهي اليوم في العاشرة") counts the years since the
birth the work is dated by (nlu.situation_years)."""

from tests.nlu.test_situation import read


def test_an_ordinal_age_of_the_child_dates_the_work(reader) -> None:
    text = "أعمل في النسيج منذ أن ولدت ابنتي، وهي الآن في الثامنة، ولا أملك دبلوما."
    assert read(reader, text).get("category") == "practice"


def test_a_child_in_the_first_year_is_too_few(reader) -> None:
    text = "أعمل في النسيج منذ أن ولدت ابنتي، وهي الآن في الثانية، ولا أملك دبلوما."
    assert read(reader, text).get("category") == "none"
