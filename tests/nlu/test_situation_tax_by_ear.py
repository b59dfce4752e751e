"""Regimes spelt by ear: the CPU by its letters' names ("sépéyou", "cé pé u"), the full names with the letters of one
French sound written another way ("kontribution profesionel unik")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("moi je paie la sépéu chaque année, combien l'amo ?", "cpu"),
        ("c'est la se pe u pour moi, et l'amo ?", "cpu"),
        ("je suis à la kontribusion profesionnelle unik depuis 2020", "cpu"),
        ("j'ai la contribucion profesionel unic, je paie combien pour la cnss", "cpu"),
    ],
)
def test_a_regime_spelt_by_ear(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
