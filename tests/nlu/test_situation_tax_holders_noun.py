"""Holders named in general with their noun before the regime ("pour les artisans au réel", "pour les gens à la CPU")
hold it as other people do: the writer states none."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "c'est combien l'amo pour les artisans au forfait ? c'est pour mon oncle",
        "la cotisation pour les gens à la cpu a changé cette année ?",
    ],
)
def test_holders_with_their_noun_hold_the_regime(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_the_writer_among_the_artisans_keeps_the_regime(reader: SituationReader) -> None:
    assert read(reader, "je suis un artisan au forfait, combien l'amo pour les artisans comme moi ?").get("tax_situation") == "cpu"
