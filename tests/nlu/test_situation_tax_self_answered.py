"""A tax the writer asks of themself and answers at once ("Mes impôts ? 1 % de mes ventes chaque trimestre"): the
question mark joins the question to its answer, which tells the regime as a statement would."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("Côté impôts ? 1 % de mes ventes, déclaré chaque trimestre. Combien l'amo ?", "auto_entrepreneur"),
        ("Ce que je verse au fisc ? un montant fixe chaque année, rien d'autre. l'amo c'est combien", "cpu"),
    ],
)
def test_a_tax_asked_and_answered_at_once_tells_the_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
