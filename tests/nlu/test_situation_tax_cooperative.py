"""A regime said with a cooperative as its subject is the cooperative's, not the member's who writes; the writer's
own regime beside their cooperative stays theirs."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "la coopérative a une comptabilité tenue par un cabinet, je suis une des brodeuses, combien je paie pour l'amo ?",
        "تعاونيتنا تمسك المحاسبة لدى محاسب معتمد، كم أدفع شخصيا للتغطية الصحية؟",
    ],
)
def test_a_cooperatives_regime_is_not_the_members(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis dans une coopérative et je suis auto-entrepreneuse, combien l'amo ?", "auto_entrepreneur"),
        ("je travaille dans une coopérative et j'ai le statut auto-entrepreneur", "auto_entrepreneur"),
        ("ma coopérative a un comptable, et moi je suis au forfait", "cpu"),
    ],
)
def test_the_writers_regime_beside_their_cooperative(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
