"""Exempt from tax ("exempté d'impôt", "exempte d'impots") is no tax; a regime named with it still wins."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis exempté d'impôt, je fais de la dinanderie, combien l'amo ?", "none"),
        ("exemptee d'impots depuis toujours, cb je paie la cnss", "none"),
        ("mon atelier est exempté, pas d'impôt, combien l'amo ?", "none"),
        ("je suis auto-entrepreneur, exempté de TVA, combien l'amo ?", "auto_entrepreneur"),
    ],
)
def test_exempt_is_no_tax(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
