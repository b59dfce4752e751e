"""A regime asked about as a requirement ("la CPU c'est obligatoire ?", "هل … شرط؟") or as the subject of an inverted
question ("le statut AE est-il compatible… ?") is not held; "compatible" is no misspelt "comptable"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "le forfait c'est obligatoire pour avoir l'amo ?",
        "هل نظام المقاول الذاتي شرط للحصول على التغطية الصحية؟",
        "هل نظام المحاسبة ضروري للانخراط في التأمين الصحي؟",
        "la CPU est-elle obligatoire pour les artisans ?",
        "l'auto-entrepreneur est-il compatible avec un emploi salarié ?",
        "c'est compatible avec l'amo ?",
    ],
)
def test_a_regime_asked_about_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis AE, c'est obligatoire de cotiser à l'amo ?", "auto_entrepreneur"),
        ("moi c'est la cpu, il faut payer combien ?", "cpu"),
        ("je suis auto-entrepreneur, est-il possible d'avoir l'amo ?", "auto_entrepreneur"),
    ],
)
def test_the_writers_regime_beside_a_question(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
