"""A regime refused before it is named ("jamais je prends le statut AE", "je refuse de passer à la CPU") is not held."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "jamais je prends le statut d'auto-entrepreneur, c'est trop complique. combien l'amo ?",
        "je refuse de passer a la CPU, je veux juste savoir le prix de l'amo",
        "hors de question de prendre la cpu pour l'instant, la cnss c'est combien",
    ],
)
def test_a_regime_refused_before_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
