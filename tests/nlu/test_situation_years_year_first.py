"""A start year put before "I began" ("2012 j'ai commencé", "2015 بدأت") and a year dictated to a phone ("2 mille 12
j'ai commencé…", digits around "mille") are start years of practice (nlu.situation_years)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "2010 j'ai commencé la poterie, pas de diplôme, je peux m'inscrire ?",
        "2 mille 15 j'ai commencé la menuiserie virgule je n'ai pas de diplôme",
        "deux mille 9 j'ai commencé la bijouterie, aucun diplôme",
        "2014 بدأت العمل في الحدادة ولا أملك شهادة",
    ],
)
def test_a_year_put_first_is_a_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_a_year_with_no_start_is_none(reader: SituationReader) -> None:
    assert "category" not in read(reader, "2010 c'était l'année de mon mariage, je n'ai pas de diplôme")
