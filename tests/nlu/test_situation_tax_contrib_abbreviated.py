"""The CPU written with "contribution" or "professionnelle" cut short ("contrib pro unique", "contr. pro. unique",
"contribution prof. unique"), as people type it on a phone: the regime is read as the full name is."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis à la contrib pro unique depuis 2021, combien pour l'amo ?",
        "contr. pro. unique, c'est mon régime. la cotisation amo c'est combien",
        "je paye la contribution prof. unique, comment m'inscrire à la cnss",
        "moi c'est contrib professionnelle unique, la retraite des artisans ça marche comment",
    ],
)
def test_the_cpu_cut_short_is_the_cpu(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "cpu"
