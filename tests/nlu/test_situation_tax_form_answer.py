"""A regime field answered like a form ("Régime : néant", "regime: walo", "nidam: walo") with nothing in it is no tax;
a regime written in the field is that regime."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("Regime : neant. Metier : sellier. Combien l'AMO ?", "none"),
        ("regime: walo, lhirfa: nejjar, ch7al l'amo", "none"),
        ("Régime : aucun - Ville : Fes - question : cotisation amo", "none"),
        ("nidam: walo. ch7al kankhelles f l'amo?", "none"),
        ("Régime : CPU. Combien l'AMO ?", "cpu"),
    ],
)
def test_an_empty_regime_field_is_no_tax(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
