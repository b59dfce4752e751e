"""A regime in a hypothesis ("au cas où je passerais au réel", "est-il possible d'être AE…") is not held."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "au cas où je passerais à la CPU, l'amo changerait ?",
        "dans le cas où je deviendrais auto-entrepreneur, combien pour la cnss ?",
        "est-il possible d'être au forfait et payer l'amo ?",
        "peut-on être auto-entrepreneur et s'inscrire au RNA ?",
    ],
)
def test_a_regime_in_a_hypothesis_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
