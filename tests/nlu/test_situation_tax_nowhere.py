"""After a relative's regime, the writer's own "moi je suis à rien du tout", "je suis dans rien", "je ne suis inscrite
nulle part" says the writer holds none (the have_nothing cues, nlu.situation_tax._own_tax)."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Mon père est au forfait, moi je suis dans rien du tout. Combien je paie d'AMO ?",
        "Mon associé est au réel, moi je ne suis nulle part. Combien l'AMO pour moi ?",
        "Ma sœur est auto-entrepreneuse, moi je ne suis inscrite nulle part. Combien pour mon AMO ?",
        "Mon cousin paie la CPU, moi je suis à rien. L'AMO c'est combien pour moi ?",
        "mon mari a un comptable et il est au réel, moi je suis dans rien, combien je paie l'amo",
    ],
)
def test_the_writers_nowhere_after_a_relatives_regime_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
