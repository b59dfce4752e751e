"""The income tax said short ("l'IR") is a tax word: paid on one's profits it is accounts, denied it is no tax, paid
alone it names no regime."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je règle l'IR sur mon bénéfice chaque année, combien l'amo ?", "accounts"),
        ("je paye l'impot sur le revenu sur mes benefices, cb la cnss", "accounts"),
        ("je ne paie pas l'IR, je suis petit artisan, combien l'amo ?", "none"),
    ],
)
def test_the_income_tax(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_the_income_tax_alone_names_no_regime(reader: SituationReader) -> None:
    assert read(reader, "je paie l'IR, combien l'amo ?").get("tax_situation") is None
