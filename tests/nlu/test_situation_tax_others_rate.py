"""A rate of someone else's turnover ("ma cousine paie 1% de son chiffre d'affaires") is their regime, not the
writer's: with the writer speaking of themself, no regime of theirs is said; asked for the other, it is the one the
answer is for; the writer's own rate ("1% de mon chiffre") stays theirs."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Ma cousine paie 1% de son chiffre d'affaires. Moi je voudrais savoir combien coûte l'AMO.",
        "il paie 1% de son CA, et moi combien je paie pour l'amo ?",
        "mon associé déclare 0,5% de son chiffre chaque trimestre ; moi je m'inscris comment à l'amo ?",
    ],
)
def test_someone_elses_rate_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "mon père paie 1% de son chiffre, il doit payer combien pour l'amo ?",
        "je paie 1% de mon chiffre d'affaires, combien l'amo ?",
    ],
)
def test_the_rate_asked_for_its_payer_is_theirs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"
