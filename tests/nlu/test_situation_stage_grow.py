"""Growing a running business said in words of pace and money: "passer à la vitesse supérieure", "un fonds de
roulement", "doubler ma production"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je veux passer à la vitesse supérieure avec ma boutique",
        "j'ai besoin d'un fonds de roulement pour mon atelier",
        "Je paie la CPU depuis 2019 pour mon atelier de dinanderie et je voudrais doubler ma production.",
        "بغيت نضاعف الإنتاج ديال الورشة، كاين شي قرض؟",
    ],
)
def test_pace_and_working_capital_are_growth(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"
