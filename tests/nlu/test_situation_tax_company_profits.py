"""Paying the corporate tax ("impôt sur les sociétés") is paying tax on profits: accounts (shared/DOMAIN.md §2, the
project's rule "tax on profits is accounts")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je paie l'impôt sur les sociétés pour mon atelier, combien l'amo ?",
        "notre atelier est soumis a l'impot sur les societes, cb la cnss",
        "أؤدي الضريبة على الشركات، كم أدفع للتأمين الصحي؟",
    ],
)
def test_the_corporate_tax_is_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"
