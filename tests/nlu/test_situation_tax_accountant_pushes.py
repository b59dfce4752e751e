"""An accountant who says the writer should take a regime ("mon comptable dit que je devrais passer au réel", "la
fiduciaire me pousse à passer au réel") advises: the regime is planned and the accountant keeps no books of the
writer's by it, as "mon comptable m'a conseillé la CPU" reads."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "mon comptable dit que je devrais passer au réel, combien l'amo ?",
        "la fiduciaire me pousse à passer au réel simplifié, l'amo ça coûtera combien ?",
        "un expert comptable m'encourage à passer à l'AE, c'est combien l'amo ?",
    ],
)
def test_an_accountants_push_holds_no_regime(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


def test_an_accountant_keeping_the_books_is_accounts(reader: SituationReader) -> None:
    assert read(reader, "mon comptable fait mon bilan chaque année, combien l'amo ?").get("tax_situation") == "accounts"
