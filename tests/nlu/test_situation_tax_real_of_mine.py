""""Moi c'est le réel": the writer's own regime said as what the writer is, anywhere in the message, is accounts;
"réel" weighed against another regime or qualifying a noun is none held."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "moi c'est le réel, combien pour l'amo ?",
        "chez moi c'est le réel, combien je paie pour la cnss ?",
        "pour moi c'est le réel avec un comptable, l'amo ça fait combien ?",
        "Bonjour, moi c'est le reel. l'amo combien ?",
        "moi, c'est le réel depuis 2020, combien pour l'amo ?",
        "moi c le reel, cb l'amo ?",
        "Mon frère est à la CPU, moi c'est le réel. Je paie combien pour l'AMO ?",
    ],
)
def test_the_writers_real_is_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


@pytest.mark.parametrize(
    "text",
    [
        "pour moi c'est le réel problème, combien pour l'amo ?",
        "pour moi c'est réel ou forfait, lequel choisir ?",
    ],
)
def test_real_weighed_or_an_adjective_is_no_regime(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
