"""A tax word asked of oneself and answered by a denial ("impôts ? jamais payé", "ضريبة؟ لم أدفع") is no tax."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "les impôts ? jamais rien versé, combien pour la cnss",
        "الضرائب؟ لم أؤد شيئا قط، كم اشتراك التأمين الصحي؟",
    ],
)
def test_a_tax_answered_by_a_denial_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_a_tax_answered_by_a_regime_is_that_regime(reader: SituationReader) -> None:
    assert read(reader, "impôts ? je suis au forfait").get("tax_situation") == "cpu"
