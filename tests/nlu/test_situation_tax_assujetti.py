""""Assujetti" is a tax word: "je ne suis pas assujettie" is no tax, as "non assujetti" is; "assujetti à la CPU"
holds the regime, and "je suis assujettie" alone names none."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je ne suis pas assujettie, combien pour l'amo ?", "none"),
        ("je ne suis pas assujetti, combien l'amo ?", "none"),
        ("je ne suis assujettie à rien, combien pour l'amo ?", "none"),
        ("je n'ai jamais été assujetti, l'amo c'est combien ?", "none"),
        ("moi je suis pas assujettie, c'est combien la cotisation amo ?", "none"),
        ("je suis assujetti au forfait, combien pour l'amo ?", "cpu"),
        ("je suis assujettie, combien pour l'amo ?", None),
    ],
)
def test_assujetti_is_a_tax_word(reader: SituationReader, text: str, tax: str | None) -> None:
    assert read(reader, text).get("tax_situation") == tax
