"""A start told by a season of last year ("j'ai commencé l'été dernier", "بدأت الصيف الماضي", "bdit ssif li fat") is
under a year of practice, like "l'année dernière": without a diploma, too few to register (nlu/situation_cues.yml,
spans_of_time)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je me suis mis à la dinanderie l'hiver dernier, sans diplôme, je peux m'inscrire ?",
        "j'ai commencé la vannerie le printemps dernier et je n'ai aucun diplôme",
        "بدأت العمل في الحدادة الشتاء الماضي وليست لدي شهادة",
        "bdit nkhdem f zlij ssif li fat w ma3ndich diplome",
    ],
)
def test_a_season_last_year_is_too_few_years(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "je fais de la vannerie depuis le ramadan dernier, pas de diplome",
        "بدأت صناعة الفخار بعد رمضان الماضي وليست لدي شهادة",
        "bdit f drraza mn l3id lkbir li fat w ma3ndich diplome",
    ],
)
def test_a_feast_last_year_is_too_few_years(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"
