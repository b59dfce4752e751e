"""A regime someone wants the writer to take ("mon client veut que je sois auto-entrepreneur"), and a plan said a few
words before its regime ("je vais m'inscrire à la CPU"), are not held (shared/DOMAIN.md §2: a regime planned is not
the writer's)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "mon patron exige que je sois auto-entrepreneur, combien l'amo ?",
        "ma femme voudrait que je passe à la CPU, combien on paierait pour l'amo ?",
        "mon fils souhaite que je m'inscrive comme auto-entrepreneur, combien pour la cnss ?",
        "le magasin veut que je devienne AE pour me payer, l'AMO c'est combien ?",
        "je vais m'inscrire à la CPU le mois prochain, combien l'amo ?",
    ],
)
def test_a_regime_wanted_of_the_writer_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis au forfait et je veux que vous me disiez combien je paie", "cpu"),
        ("bien que je sois auto-entrepreneur, je paie combien pour l'amo ?", "auto_entrepreneur"),
    ],
)
def test_a_want_of_something_else_leaves_the_regime_held(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
