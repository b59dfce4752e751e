"""Enrolling at a school is not registering in the register (nlu/school_enrolment.py): "inscription ofppt artisanat"
read rna_apply. A diploma from a school, or the register named, stays with the register's intents.
"""

import pytest

from nlu.school_enrolment import enrols_at_a_school, rerank
from tests.nlu.rankings import lemmas, scored


@pytest.mark.parametrize(
    "text",
    [
        "je veux m'inscrire dans un institut de bijouterie",
        "inscription a l'ecole de tapisserie de Rabat",
        "comment inscrire mon fils a l'ofppt en menuiserie",
        "bghit nsjel f lmadrasa dyal nnjara",
        "كيفاش نسجل بنتي فالمعهد ديال الخياطة",
    ],
)
def test_enrolling_at_a_school_is_training(text: str) -> None:
    assert enrols_at_a_school(lemmas(text))
    ranking = scored(("rna_apply", 0.5), ("rna_register_how", 0.2), ("training", 0.1))
    assert rerank(lemmas(text), ranking)[0]["name"] == "training"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai un diplome de l'ofppt en couture, je peux m'inscrire ?",
        "inscription au registre apres l'ecole de zellige ?",
        "je sors de l'institut, comment m'inscrire a la chambre ?",
        "j'ai fait une formation de deux ans, je peux m'inscrire ?",
    ],
)
def test_a_school_diploma_or_the_register_named_stays(text: str) -> None:
    ranking = scored(("rna_eligibility", 0.5), ("rna_register_how", 0.2), ("training", 0.1))
    assert rerank(lemmas(text), ranking) == ranking


def test_training_comes_first_even_when_unranked() -> None:
    ranking = scored(("rna_apply", 0.3), ("find_office", 0.2), ("craft_lookup", 0.1))
    reranked = rerank(lemmas("inscription ecole de dinanderie"), ranking)
    assert reranked == scored(("training", 0.3), ("rna_apply", 0.3), ("find_office", 0.2))
