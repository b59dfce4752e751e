"""A passive of now ("j'ai été classé au réel", "j'ai été mis au forfait") states the regime held, unlike "j'ai été
auto-entrepreneur" (held in the past only)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("j'ai été classé au réel après le contrôle, combien l'amo ?", "accounts"),
        ("j'ai ete mis au forfait par les impots, cb l'amo", "cpu"),
        ("j'ai été placée sous le régime de la contribution professionnelle unique, combien pour la cnss ?", "cpu"),
        ("j'ai été basculé au résultat net simplifié cette année, quel montant amo ?", "accounts"),
    ],
)
def test_a_passive_of_now_holds_the_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_a_regime_once_held_still_asks(reader: SituationReader) -> None:
    assert read(reader, "j'ai été auto-entrepreneur, combien l'amo ?").get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The imperfect's passive is over: the regime after the change holds, or none is said.
        (
            "Jusqu'en 2023 j'étais imposé au régime du bénéfice forfaitaire ; depuis le 1er janvier 2024 j'ai opté "
            "pour le statut d'auto-entrepreneur.",
            "auto_entrepreneur",
        ),
        ("j'étais imposé au forfait, combien l'amo ?", None),
    ],
)
def test_a_passive_in_the_imperfect_is_a_regime_left(reader: SituationReader, text: str, tax: str | None) -> None:
    assert read(reader, text).get("tax_situation") == tax
