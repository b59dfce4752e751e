"""A regime put first in its clause and denied after it ("la CPU je l'ai pas", "l'AE non plus") is not held; a
negation that denies something else after it ("AE, pas CPU", "cpu, machi auto", "AE n° …", "le forfait, je ne sais pas
combien…") leaves it held."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "le forfait je l'ai pas, l'auto-entrepreneur non plus, je bosse au noir, combien la cnss",
        "l'auto-entrepreneur, je n'en ai pas, combien je paie l'amo ?",
    ],
)
def test_a_fronted_regime_denied_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_a_fronted_regime_denied_alone_holds_nothing(reader: SituationReader) -> None:
    assert read(reader, "la CPU, je ne l'ai jamais eue, combien l'amo ?").get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("AE, pas CPU, combien l'amo", "auto_entrepreneur"),
        ("forfait pas réel, combien la cnss", "cpu"),
        ("cpu, machi auto, ch7al l'amo", "cpu"),
        ("l'AE non, le forfait oui", "cpu"),
        ("AE n° 0098765, je veux adhérer à l'amo", "auto_entrepreneur"),
        ("le forfait, je ne sais pas combien il me coûtera pour l'amo", "cpu"),
        ("moi je suis au forfait, je ne comprends pas le calcul de l'amo", "cpu"),
    ],
)
def test_a_negation_of_something_else_leaves_the_regime_held(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text, expected",
    [
        # French puts its "ne" before the verb it denies: past a comma, a kind put first is denied only when taken up.
        ("Je veux m'inscrire maintenant, ici. Potier à Safi, diplômé, je ne paie pas d'impôt.", {"category": "diploma", "tax_situation": "none"}),
        ("Diplôme, je n'ai pas.", {}),
        ("Le diplôme, je ne l'ai jamais eu.", {}),
    ],
)
def test_a_french_ne_after_a_kind_put_first_denies_it_only_when_it_takes_it_up(
    reader: SituationReader, text: str, expected: dict
) -> None:
    assert read(reader, text) == expected
