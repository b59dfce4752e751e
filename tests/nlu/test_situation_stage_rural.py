"""A remote place is rural: "une région isolée", "un douar isolé", "dans le Haut Atlas"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'habite une zone isolée, y a des prêts pour les artisans ?",
        "notre coin isolé n'a pas de banque, quel financement pour une tisseuse ?",
        "je brode du côté d'Imilchil dans le Haut Atlas, il existe des aides ?",
        "je vis dans le moyen atlas, un microcrédit c'est possible ?",
    ],
)
def test_a_remote_place_is_rural(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "rural"
