"""Round 12 (French, fifth hand): "à" is no "has", "non imposé" said before the rest, "ma femme" is a relative
and not the Darija negation, and a message read without its variety tells it by its own words."""

import pytest

from nlu.lexicon import message_words
from nlu.situation import SituationReader
from tests.nlu.test_situation import TODAY, read


@pytest.mark.parametrize(
    "text",
    [
        "je suis pas inscrit à la DGI, l'amo combien",
        "je suis pas inscrit a la dgi, combien pour l'amo ?",
        "je ne suis pas déclarée à la perception, l'amo me coûte combien ?",
        "je suis pas enregistré à la taxe professionnelle, combien l'amo ?",
    ],
)
def test_the_french_to_does_not_stop_a_negation(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "non imposé, je fais des babouches, quel montant pour la cnss amo",
        "non patentée, je brode chez moi, combien l'amo ?",
    ],
)
def test_no_tax_said_first_then_the_writer(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("ma femme est auto-entrepreneuse mais moi je paie la CPU, l'amo combien ?", "cpu"),
        ("ma soeur est au forfait, moi je déclare tous les trois mois, combien l'amo ?", "auto_entrepreneur"),
    ],
)
def test_a_relative_named_with_ma_keeps_their_regime(reader: SituationReader, text: str, tax: str) -> None:
    found = {f.entity: f.value for f in reader.read(text, message_words(text), TODAY, (), "fr")}
    assert found.get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ma coopérative de tapis peut s'inscrire ?", "cooperative"),
        ("ma petite société de zellige peut être inscrite ?", "enterprise"),
    ],
)
def test_french_ma_is_my_when_the_variety_is_not_given(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


def test_darija_ma_still_negates_when_the_variety_is_not_given(reader: SituationReader) -> None:
    assert "category" not in read(reader, "ma 3ndich charika")


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis pas fiscalisé, l'amo combien", "none"),
        ("je suis hors impôts, l'amo combien", "none"),
        ("pas d'ICE rien du tout, l'amo combien", "none"),
        ("je suis imposé forfaitairement, combien l'amo ?", "cpu"),
    ],
)
def test_more_french_ways_of_saying_the_tax_situation(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("autodidacte, je couds depuis 6 mois", "none"),
        ("sans diplome et je commence a peine", "none"),
        ("j'ai appris sur le tas, 7 ans de poterie", "practice"),
    ],
)
def test_self_taught_is_no_diploma(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("on est dans une zone enclavée, y a un microcrédit ?", "rural"),
        ("je vis dans un petit hameau, un financement pour mes tapis ?", "rural"),
        ("je veux passer à la vitesse supérieure avec ma boutique", "grow"),
        ("j'ai besoin d'un fonds de roulement pour mon atelier", "grow"),
    ],
)
def test_more_french_ways_of_saying_the_stage(reader: SituationReader, text: str, stage: str) -> None:
    assert read(reader, text).get("business_stage") == stage
