"""A regime after "si je…" ("si je m'inscris à la CPU", "il m'a demandé si je suis AE", "ila tsjjelt f l'auto") is a
condition or an indirect question, not held; a regime said outside the "si" clause is."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "si je m'inscris a la CPU en janvier, je paierai combien pour l'amo ?",
        "le banquier m'a demande si je suis auto-entrepreneur, c'est quoi l'amo ?",
        "ila tsjjelt f l'auto entrepreneur ch7al ghadi nkhelles f l'amo?",
    ],
)
def test_a_regime_in_an_if_clause_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_a_regime_outside_the_if_clause_is_held(reader: SituationReader) -> None:
    text = "je suis a la CPU, si je passe AE est-ce que l'amo baisse ?"
    assert read(reader, text).get("tax_situation") == "cpu"
