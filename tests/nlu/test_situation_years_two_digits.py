"""Start years written short: two digits after a strong "since" ("depuis 98", "tbib depuis 07", "منذ 99"), the SMS
"2k19", and the Arabic dual "ألفين" alone (the year 2000). A two-digit number that could be a count stays unread
(nlu/situation_years.py, nlu/situation_cue_finder.py). So are two digits, or a number in words, after "since the
year" ("من عام 87", "من عام سبعة وتمانين"); years "in it" ("عندي فيها 30 عام") are the trade's, no age."""

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
        # After "since the year", in digits or in words.
        "ما عنديش ديبلوم ولكن خدام فالنجارة من عام سبعة وتمانين فتطوان",
        "بغيت ناخد ديبلوم بالتجربة ديالي، خدام فالزليج من عام تسعين وما عندي حتى شهادة",
        "كنخدم الطين من عام 79 وماكنعرفش نقرا، كيفاش نتسجل؟",
        "khdam f nnjara mn 3am tmanin, bla diplome",
        "je suis menuisier depuis l'année 98, sans diplôme",
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
        "خدام فالجلد من عام 15، ما عنديش ديبلوم",
        "خدام فالجلد من عام 20، ما عنديش ديبلوم",
    ],
)
def test_a_two_digit_number_that_may_be_a_count_is_no_year(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") != "practice"


@pytest.mark.parametrize(
    "text",
    [
        "نبداو التسجيل دابا؟ انا ووليدي كنخدمو فالحدادة فبرشيد، انا اللي غادي نتسجل، عندي فيها 30 عام",
        "3ndi fiha 20 3am f nnjara, wach n9der ntsjel?",
    ],
)
def test_years_had_in_the_trade_are_no_age(reader: SituationReader, text: str) -> None:
    # "عندي فيها 30 عام": "I have 30 years in it", not "I am 30".
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "il y a un an": a year ago, not an age one started at.
        ("Sellier à Kelaa des Sraghna, pas de diplôme, j'ai commencé il y a un an.", "none"),
        # "un" is "a": "depuis juin j'ai un comptable" tells no age started at.
        ("Je payais un forfait, mais depuis juin j'ai un comptable.", None),
        # An age one started at, still read.
        ("j'ai commencé à 12 ans la poterie, pas de diplome", "practice"),
    ],
)
def test_a_year_ago_or_an_article_is_no_age_started_at(reader: SituationReader, text: str, category) -> None:
    assert read(reader, text).get("category") == category

