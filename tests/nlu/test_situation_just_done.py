"""Done just now ("je viens d'obtenir mon diplôme", "je viens de passer au forfait") is held, not wished: "obtenir",
"avoir" and "passer" are wish words when nothing comes before them ("je veux obtenir un diplôme")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("je viens d'obtenir mon diplôme de couture, je peux m'inscrire ?", "diploma"),
        ("bonjour je viens d avoir mon diplome en menuiserie a l'ofppt, quels papiers ?", "diploma"),
        ("Je viens de décrocher le diplôme de technicien en bijouterie, puis-je être inscrite ?", "diploma"),
    ],
)
def test_a_diploma_just_obtained_is_held(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je viens de passer auto-entrepreneur, combien pour l'amo ?", "auto_entrepreneur"),
        ("on vient de me dire rien, mais moi je viens de passer au forfait, c'est combien la cnss ?", "cpu"),
        ("je viens de basculer au régime du résultat net simplifié, quelle cotisation amo ?", "accounts"),
    ],
)
def test_a_regime_just_joined_is_held(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    ["je voudrais passer auto-entrepreneur, combien l'amo ?", "je veux obtenir un diplôme de couture, c'est possible ?"],
)
def test_a_wish_still_holds_nothing(reader: SituationReader, text: str) -> None:
    read_ = read(reader, text)
    assert read_.get("tax_situation") is None and read_.get("category") is None
