"""A relative followed by a relative clause set off by commas ("Ma fille, qui m'aide le week-end, a un diplôme",
"ابنتي، التي تساعدني في الورشة، حاصلة على دبلوم"): the relative clause and the clause its closing comma opens on are
both said of the relative, so a diploma, a lack of one or years said there are theirs, and the writer's own decide."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ma fille, qui m'aide le week-end, a un diplôme de couture ; moi je couds depuis vingt ans. Je peux m'inscrire ?", "practice"),
        ("Mon neveu, qui vient à l'atelier l'été, a un CAP ; moi je tourne les poteries depuis 2009. Suis-je éligible ?", "practice"),
        ("Mon frère, qui travaille avec moi depuis longtemps et qui n'a jamais été à l'école, n'a rien. Moi j'ai un BTS en ébénisterie.", "diploma"),
        ("ابنتي، التي تساعدني في الورشة، حاصلة على دبلوم في الخياطة؛ أما أنا فأخيط منذ عشرين سنة. هل يحق لي التسجيل؟", "practice"),
    ],
)
def test_what_follows_a_relative_clause_is_the_relatives(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The relative clause runs to the end of the sentence: the writer's own sentence after it is theirs.
        ("Mon père qui m'a tout appris est décédé. J'ai un diplôme de menuiserie, je peux m'inscrire ?", "diploma"),
        # Written for the relative, their situation is the one asked about.
        ("Ma mère, qui brode depuis 1990, n'a aucun diplôme : peut-elle s'inscrire ?", "practice"),
    ],
)
def test_the_writers_own_sentence_stays_theirs(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
