"""French "venir de" + infinitive is the recent past: a regime the writer has just taken ("je viens de prendre le
statut AE", "je viens juste de devenir auto-entrepreneur", "ma fille vient de me faire passer au statut AE") is held,
not wished; "prendre", "devenir", "passer" elsewhere still plan one."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je viens de prendre le statut AE, combien l'amo ?", "auto_entrepreneur"),
        ("je viens juste de devenir auto-entrepreneur, combien pour l'amo ?", "auto_entrepreneur"),
        ("ma fille vient de me faire passer au statut AE, c'est combien l'amo ?", "auto_entrepreneur"),
        ("nous venons de prendre la CPU avec mon mari, combien l'amo ?", "cpu"),
        ("Je démarre un atelier de poterie, je viens tout juste de prendre le statut d'auto-entrepreneur. Un prêt ?", "auto_entrepreneur"),
    ],
)
def test_a_regime_just_taken_is_held(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        # "venir de" a place, then a wish; a decision just taken to take one.
        "je viens de Fès, je veux prendre le statut AE, combien l'amo ?",
        "je viens de décider de prendre le statut AE, combien l'amo ?",
        "je pense prendre la CPU, combien l'amo ?",
    ],
)
def test_a_regime_wished_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
