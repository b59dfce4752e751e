"""A remote place is rural: "une région isolée", "un douar isolé", "dans le Haut Atlas", "une zone enclavée", "un
petit hameau"."""

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
        "on est dans une zone enclavée, y a un microcrédit ?",
        "je vis dans un petit hameau, un financement pour mes tapis ?",
    ],
)
def test_a_remote_place_is_rural(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "rural"


@pytest.mark.parametrize(
    "text",
    [
        "ana sakna f jma3a 9arawiya, kayn credit l sna3?",
        "3aycha f jma3a qarawiya nawahi azilal, bghit credit sghir",
        "أقطن بمنطقة قروية وأحتاج قرضا لورشتي",
    ],
)
def test_a_rural_commune_in_arabizi_and_msa_is_rural(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "rural"
