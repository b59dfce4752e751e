"""Years said as a span up to now ("de 2009 à aujourd'hui", "2012 tal daba", "من 2018 إلى اليوم") and a relative's
childhood ("من صغرها", "depuis son enfance") are years of practice (nlu.situation_years, spans_of_time)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "de 2019 a aujourd'hui je fais de la poterie, pas de diplome",
        "je tisse de 2015 jusqu'à maintenant",
        "khdemt f lfadda 2012 tal daba",
        "أشتغل في الدباغة من سنة 2018 إلى اليوم",
        "خدام فالنحاس 2016 حتى لدابا",
    ],
)
def test_a_start_year_up_to_now_is_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "mama katrz mn sghrha, wach t9der ttsjel?",
        "ma mère brode depuis son enfance, elle peut s'inscrire ?",
        "أمي تنسج الزرابي منذ طفولتها، هل يمكنها التسجيل؟",
        "الواليد كيخدم الجلد من صغرو، واش يقدر يتسجل؟",
    ],
)
def test_a_relatives_childhood_is_a_long_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"
