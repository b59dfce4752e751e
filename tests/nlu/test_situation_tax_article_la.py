"""French "la" after a French word ("c'est la CPU… oui c'est ça, la CPU", "toujours à la CPU", "de la CPU à la
micro-entreprise") is the article, not Darija's "neither" of "la cpu la AE": a regime said twice, or a change, is not
denied (nlu.situation_clauses.after_neither)."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("Je crois que c'est la CPU... oui c'est ça, la CPU. Combien pour l'AMO ?", "cpu"),
        ("c'est la CPU, oui la CPU, combien l'amo", "cpu"),
        ("je suis à la CPU depuis 2015, toujours à la CPU, combien l'amo ?", "cpu"),
        ("je suis passé de la CPU à la micro-entreprise l'an dernier, combien l'amo ?", "auto_entrepreneur"),
        ("moi c'est la micro-entreprise, oui la micro-entreprise, l'AMO combien", "auto_entrepreneur"),
    ],
)
def test_a_french_article_denies_nothing(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize("text", ["la cpu la AE, walo, ch7al l amo?", "ana la forfait la auto-entrepreneur, bch7al l amo?"])
def test_darija_neither_still_denies(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
