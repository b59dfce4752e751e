"""A workshop or shop opened or launched last month or last week ("j'ai ouvert mon atelier le mois dernier", "افتتحت
ورشتي الشهر الماضي") is a business starting (nlu/situation_cues.yml: began, spans_of_time); opened years ago, it runs."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "on a lance notre petite boutique de bijoux la semaine derniere, y a des aides ?",
        "j'ai demarre mon atelier de couture le mois passe, il me faut un credit",
        "افتتحت ورشتي للخياطة الشهر الماضي وأبحث عن قرض صغير",
        "فتحنا محلا للنجارة في الأسبوع الماضي، هل هناك تمويل؟",
    ],
)
def test_opened_last_month_is_starting(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai ouvert mon atelier il y a 10 ans et je cherche un pret pour agrandir",
        "افتتحت ورشتي منذ 2012 وأريد توسيعها",
    ],
)
def test_opened_years_ago_is_no_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"
