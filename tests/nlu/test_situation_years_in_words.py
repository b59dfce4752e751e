"""A start year in words ("depuis l'an deux mille dix", "منذ عام ألفين وعشرة", "من ألفين وخمسة عشر") is read as its
digits: today's date decides the years."""

import datetime as dt

import pytest

from nlu.lexicon import message_words
from nlu.situation import SituationReader
from tests.nlu.test_situation import read

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("potière depuis l'an deux mille dix, sans diplôme", "practice"),
        ("je brode depuis deux mille quinze et je n'ai pas de diplôme", "practice"),
        ("أشتغل في الفخار منذ عام ألفين وعشرة ولا أملك شهادة", "practice"),
        ("أمارس الحدادة منذ سنة ألفين وخمسة عشر بدون دبلوم", "practice"),
        # Too recent: a year of practice, no diploma.
        ("je tisse depuis deux mille vingt-cinq, sans diplôme", "none"),
        ("أنسج منذ ألفين وخمسة وعشرين ولا أملك شهادة", "none"),
    ],
)
def test_a_start_year_in_words(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text, TODAY).get("category") == category


def test_a_thousand_that_is_no_year_is_left_alone(reader: SituationReader) -> None:
    # "deux mille dirhams" is money, not a year: no practice is read from it.
    text = "j'ai payé deux mille dirhams pour la formation"
    assert "category" not in read(reader, text, TODAY)
    assert message_words(text)
