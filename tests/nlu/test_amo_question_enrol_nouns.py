"""The French noun of enrolling ("adhésion", "affiliation", "immatriculation"), as a formal letter writes it, asks how
to enrol as its verb does, when the classifier put amo_cost or amo_info first and amo_enroll second."""

import pytest

from nlu.amo_question import rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "Assujettie à la CPU, je souhaite connaître la procédure d'adhésion à l'AMO.",
        "je suis auto-entrepreneur, quelles sont les conditions d'affiliation a la cnss",
        "Madame, Monsieur, étant au régime du résultat net réel, je sollicite les modalités d'immatriculation à l'AMO.",
    ],
)
@pytest.mark.parametrize("first", ["amo_cost", "amo_info"])
def test_a_noun_of_enrolling_is_the_enrolment(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "amo_enroll", "rna_apply"))
    assert [r["name"] for r in ranked] == ["amo_enroll", first, "rna_apply"]


def test_a_noun_of_enrolling_with_an_amount_is_the_cost() -> None:
    text = "combien coûte l'adhésion à l'amo pour un artisan à la CPU ?"
    assert rerank(lemmas(text), ranking("amo_cost", "amo_enroll")) == ranking("amo_cost", "amo_enroll")
