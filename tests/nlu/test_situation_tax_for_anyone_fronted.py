"""A regime after "pour un", "pour une" set off before the question ("Pour un auto-entrepreneur, la cotisation AMO est
de combien ?") is named in general, as it is after the question ("combien coûte l'AMO pour un AE ?"); the writer who
counts themself in after it ("Pour un AE, je paie combien ?", "pour un AE comme moi") states it as theirs."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Pour un auto-entrepreneur, la cotisation AMO c'est combien par mois ?",
        "Pour une artisane au forfait, est-ce que la retraite est obligatoire ?",
        "pour un AE, l'amo rembourse les lunettes ?",
        "Pour une auto-entrepreneuse, l'AMO coûte combien ? Je me renseigne avant de m'inscrire.",
    ],
)
def test_a_regime_for_anyone_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("Pour un AE, je paie combien ?", "auto_entrepreneur"),
        ("pour un AE comme moi, combien l'amo ?", "auto_entrepreneur"),
        ("Pour une auto-entrepreneuse, la retraite est possible ? Moi je suis à la CPU.", "cpu"),
    ],
)
def test_the_writers_own_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
