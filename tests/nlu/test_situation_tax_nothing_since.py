"""A "no longer" said after a regime without an object of its own ends that regime (nlu/situation_tax.py
``_no_longer_of_another``): "…la CPU, mais plus rien depuis deux ans", "j'avais un comptable, plus rien maintenant"
hold no regime now, and nothing paid is none. A "no longer" with its own object ("je ne paie plus la patente", "je ne
suis plus au noir") ends that object, and the regime said before it stays held."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "J'avais un comptable et un bilan chaque année, mais plus rien depuis que j'ai fermé. Combien l'AMO ?",
        "La CPU, je la payais avant ; plus rien aujourd'hui. Combien l'AMO ?",
        "Auto-entrepreneur pendant trois ans, plus rien depuis l'an dernier. L'AMO c'est combien ?",
        "j'ai payé la CPU pendant 10 ans, plus rien maintenant, combien l'amo",
        "Avant j'avais la patente et la contribution professionnelle unique, mais plus rien depuis 2022. "
        "Comment m'inscrire à l'AMO ?",
    ],
)
def test_a_regime_then_nothing_any_more_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Je suis auto-entrepreneur, je ne paie plus la patente. Combien l'AMO ?", "auto_entrepreneur"),
        ("Je suis à la CPU, je ne suis plus au noir. Combien pour l'AMO ?", "cpu"),
        ("Je suis au réel avec un comptable, je ne cotise plus à la CNSS depuis un an. Combien l'AMO ?", "accounts"),
    ],
)
def test_a_regime_held_when_something_else_is_no_longer(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
