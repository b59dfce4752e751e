"""What is said of a relative goes on past a comma: in a clause of "without" ("Papa travaille le bois depuis 40 ans,
sans diplôme", "أبي نجار منذ ثلاثين سنة، بدون شهادة") and in a clause opened by "il"/"elle" with "has" or a negation
("j'écris pour lui : il n'a pas de diplôme"). Written for the relative, their years and their lack of a diploma are
the situation asked about."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Papa travaille le bois depuis quarante ans, sans diplôme. Je m'occupe de ses papiers : peut-il être inscrit ?",
        "Ma mère tisse depuis 1985, sans aucun diplôme. C'est moi qui fais les démarches : peut-elle s'inscrire ?",
        "Mon père est menuisier depuis 35 ans, je suis son fils et j'écris pour lui : il n'a pas de diplôme.",
        "Ma tante brode des caftans depuis vingt ans ; je vous écris pour elle : elle n'a aucun diplôme, peut-elle s'inscrire ?",
    ],
)
def test_a_relatives_lack_of_diploma_said_on_is_theirs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "il faut" says nothing of the relative: the writer's own diploma stands.
        ("Mon frère tisse depuis 2010. Il faut un diplôme ? moi j'ai un CAP de tissage, je peux m'inscrire ?", "diploma"),
        # The writer's own "without" after their own clause stays theirs.
        ("Mon frère a un diplôme de menuiserie ; moi je sculpte le bois depuis 2012, sans diplôme. Je peux m'inscrire ?", "practice"),
    ],
)
def test_the_writers_own_words_stay_theirs(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
