"""A rate of the writer's own turnover said without a verb ("1% de mon chiffre d'affaires, combien l'amo ?", "moi
c'est 0,5% sur mon CA") is the auto-entrepreneur's tax, as "je paie 1% de mon chiffre" is; asked yes or no ("est-ce
que je dois payer 1% de mon chiffre ?") it states nothing."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "1% de mon chiffre d'affaires chaque trimestre, combien pour l'amo ?",
        "moi c'est 0,5% sur mon CA, la cotisation amo c'est combien ?",
        "bonjour, 1 % de mes recettes à la poste tous les 3 mois, l'amo me coûte combien ?",
        "1% mn chiffre dyali kol 3 chhor, ch7al l'amo ?",
    ],
)
def test_a_rate_of_ones_own_turnover_is_auto_entrepreneur(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


@pytest.mark.parametrize(
    "text",
    [
        "est-ce que je dois payer 1% de mon chiffre d'affaires ?",
        "est-ce qu'on déclare 1% de son chiffre chaque trimestre ?",
    ],
)
def test_a_rate_asked_yes_or_no_states_nothing(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


def test_a_rate_of_a_relatives_turnover_is_not_the_writers(reader: SituationReader) -> None:
    # "dyal" alone owns nothing of the writer's: "chiffre dyal khti" is the sister's.
    assert read(reader, "1% mn chiffre dyal khti kol 3 chhor, ch7al l'amo dyalha ?").get("tax_situation") != (
        "auto_entrepreneur"
    )
