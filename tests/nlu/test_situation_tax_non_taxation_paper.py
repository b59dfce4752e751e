"""A certificate of non-taxation ("attestation de non imposition", "شهادة عدم الخضوع للضريبة") says the writer pays
no tax; a regime named with it still wins."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("la commune m'a donne un certificat de non imposition, l'amo c'est combien ?", "none"),
        ("j'ai mon attestation de non-imposition, je suis potiere, cb la cnss", "none"),
        ("عندي شهادة عدم الخضوع للضريبة، شحال نخلص فالتغطية الصحية؟", "none"),
        ("je suis a la CPU mais on m'a demande une attestation de non imposition pour mon fils", "cpu"),
    ],
)
def test_a_non_taxation_paper_is_no_tax(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
