"""Start years written short: two digits after a strong "since" ("depuis 98", "tbib depuis 07", "منذ 99"), the SMS
"2k19", and the Arabic dual "ألفين" alone (the year 2000). A two-digit number that could be a count stays unread
(nlu/situation_years.py, nlu/situation_cue_finder.py)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "tisserande depuis 96, sans diplome, je peux m'inscrire ?",
        "je fais de la dinanderie depuis 05 et je n'ai pas de diplôme",
        "أشتغل في الدباغة منذ 99 ولا أملك أي دبلوم",
        "ferronnier depuis 2k17, pas de diplome",
        "أمارس النجارة منذ سنة ألفين ولا أحمل شهادة",
    ],
)
def test_a_short_start_year_counts_the_years(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        # Fifteen days or 2015: too unsure to count.
        "je travaille le cuir depuis 15, pas de diplôme",
        # A unit after the number: a count, read as one.
        "je travaille le cuir depuis 02 mois, pas de diplôme",
    ],
)
def test_a_two_digit_number_that_may_be_a_count_is_no_year(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") != "practice"
