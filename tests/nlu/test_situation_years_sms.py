"""A start year after "since" written as SMS French writes it ("dep 2010", "dps 2015") counts the years of practice
(nlu/situation_cues.yml, since)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "jsuis menuisier dep 2012 sans diplome, je peux m'inscrire ?",
        "je fe du zellige dps 2016, c possible linscription ?",
        "bijoutiere dep 2009 a Tiznit, je peux avoir ma carte ?",
    ],
)
def test_sms_since_before_a_year_counts_the_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"
