"""Of two regimes the writer holds, the one said after "en fait", "en vrai", "في الحقيقة" corrects the one before it
("ma femme pense que je suis au forfait, en fait je suis AE")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("la cnss m'a classé comme auto-entrepreneur mais en réalité je suis au réel avec un comptable, combien ?", "accounts"),
        ("tout le monde croit que je suis à la cpu, en fait je suis auto-entrepreneur. l'amo c'est combien", "auto_entrepreneur"),
        ("يظن جاري أنني مقاول ذاتي، وفي الحقيقة أنا خاضع للمساهمة المهنية الموحدة، كم أدفع للتأمين؟", "cpu"),
        # No correction: the writer's first regime stays first.
        ("je suis à la cpu, mon voisin est auto-entrepreneur, combien l'amo pour moi", "cpu"),
    ],
)
def test_a_regime_after_in_fact_corrects_the_one_before(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
