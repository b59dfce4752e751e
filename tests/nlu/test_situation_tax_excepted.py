"""A regime excepted from a "nothing" ("rien à part la CPU", "aucun impôt sauf le forfait", "walo ghir cpu") is the
one held: the negation is of everything else."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je ne paie rien à part la CPU, combien pour l'amo ?", "cpu"),
        ("je ne paie rien sauf la CPU, l'amo c'est combien ?", "cpu"),
        ("je ne paie aucun impôt sauf le forfait, combien pour l'amo ?", "cpu"),
        ("je ne paie rien hormis le forfait chaque année, combien je dois pour la cnss ?", "cpu"),
        ("je ne suis inscrite à rien sauf l'auto-entrepreneur, combien pour l'amo ?", "auto_entrepreneur"),
        ("aux impôts je ne dois rien à part mon forfait, et pour l'amo ?", "cpu"),
        ("ma kankhelles walo ghir cpu, ch7al amo ?", "cpu"),
        ("لا أؤدي أي ضريبة باستثناء المساهمة المهنية الموحدة، كم سأدفع للتأمين؟", "cpu"),
    ],
)
def test_a_regime_excepted_from_nothing_is_held(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # Nothing, and no regime excepted.
        ("je ne paie rien, sauf erreur de ma part, combien pour l'amo ?", "none"),
        ("je ne paie aucun impôt, combien pour l'amo ?", "none"),
        # A regime denied beside the exception of something else stays denied.
        ("je ne suis pas à la CPU, je ne paie rien sauf la patente, combien pour l'amo ?", "none"),
    ],
)
def test_nothing_without_a_regime_excepted_is_still_none(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
