"""No regime said as a noun phrase, with no verb ("Brodeuse, Salé, aucun régime.", "pas de régime fiscal, combien
l'amo ?", "sans régime, …") is none, as "je n'ai aucun régime" is: a list of facts or a short answer has no verb to
negate. A regime of something else ("sans régime de retraite") says nothing of the tax."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Brodeuse, Salé, aucun régime. AMO combien ?",
        "aucun régime fiscal, combien je paie pour l'amo ?",
        "pas de régime, pas de comptable, l'amo c'est combien ?",
        "Tanneur à Fès, sans régime fiscal, je peux cotiser pour la retraite ?",
        "je n'ai aucun régime, combien l'amo ?",
        "Mon mari est au réel avec un comptable, moi j'ai aucun régime, je paie combien pour l'amo ?",
    ],
)
def test_no_regime_said_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_a_regime_of_something_else(reader: SituationReader) -> None:
    assert read(reader, "je suis AE, sans régime de retraite, combien l'amo ?").get("tax_situation") == "auto_entrepreneur"
