""""il y a 20 ans" is a time ago, not "I have 20 years" (an age): "je tisse depuis que je suis mariée, il y a 20 ans", "j'ai
commencé la poterie il y a 18 ans" count years of practice (nlu/situation_cues.yml, ago)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je brode depuis mon mariage, il y a 17 ans, sans diplôme, je peux m'inscrire ?",
        "j'ai ouvert mon atelier de zellige il y a 25 ans, aucun diplome",
    ],
)
def test_years_ago_are_years_of_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_an_age_is_still_an_age(reader: SituationReader) -> None:
    assert "category" not in read(reader, "j'ai 40 ans et je veux apprendre la poterie, je peux m'inscrire ?")
