"""The writer "at nothing" with a word of time inside the phrase ("moi je suis encore à rien", "je suis toujours à
rien", "je ne suis pour l'instant inscrite nulle part") is no tax, where tax is the topic."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Ma cousine m'a conseillé la CPU. Moi je suis encore à rien. Combien pour l'AMO ?",
        "côté impôts je suis toujours à rien, combien l'amo ?",
        "mon mari veut que je prenne l'AE, pour l'instant je suis encore à rien, je paie combien pour l'amo ?",
        "aux impôts je suis pour le moment à rien, c'est combien l'amo ?",
        "niveau fiscal, je ne suis toujours nulle part, et l'amo c'est combien ?",
        "pour les impôts je ne suis encore inscrite nulle part, combien pour l'amo ?",
        "impôts: je suis actuellement dans rien, combien pour la cnss ?",
    ],
)
def test_at_nothing_with_a_word_of_time_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # No tax topic: "at nothing" may be of anything.
        ("je suis encore à rien dans mes démarches, comment m'inscrire au RNA ?", None),
        # A regime held beside it wins.
        ("je suis à la CPU, pour le reste je suis encore à rien, combien pour l'amo ?", "cpu"),
    ],
)
def test_at_nothing_without_tax_or_beside_a_regime(reader: SituationReader, text: str, tax: str | None) -> None:
    assert read(reader, text).get("tax_situation") == tax
