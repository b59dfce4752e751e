"""Saying one is still learning the trade ("j'apprends la poterie", "أتعلم الخزف", "ما زلت متعلمة عنده") names an
apprenticeship, which gives no diploma: with a short practice the writer does not qualify yet; with a long one the
years decide (nlu/situation_cues.yml, apprenticeship)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'apprends la broderie chez une maalema depuis un an, je peux deja m'inscrire ?",
        "je suis en train d'apprendre la menuiserie, ca fait deux ans",
        "أتعلم صناعة الحلي عند صائغ منذ سنتين، هل يمكنني التسجيل؟",
        "ما زلت متعلما في ورشة للحدادة منذ سنة ونصف",
        "أبي نجار وأنا متعلم عنده منذ سنتين",
    ],
)
def test_learning_the_trade_with_a_short_practice_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "j'apprends et je travaille le cuir depuis 9 ans",
        "أتعلم وأشتغل في الزليج منذ عشر سنوات",
    ],
)
def test_learning_the_trade_for_years_is_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"
