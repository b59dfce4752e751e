"""Keeping accounts named "régime du réel" after any preposition ("au régime du réel", "soumise au regime du reel
simplifie", "j'ai opté pour le régime du réel"), not only after "le"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis au régime du réel, combien je cotise pour l'amo ?",
        "soumise au regime du reel simplifie depuis 2022, amo cb ?",
        "imposé au régime du réel normal, la retraite des artisans ça marche comment ?",
        "mon atelier est passé au régime du réel l'an dernier, combien l'amo maintenant ?",
    ],
)
def test_the_regime_of_the_real_keeps_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


def test_a_wished_regime_of_the_real_is_not_held(reader: SituationReader) -> None:
    assert "tax_situation" not in read(reader, "je voudrais passer au régime du réel, l'amo sera combien ?")
