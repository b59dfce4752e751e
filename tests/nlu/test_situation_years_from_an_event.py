"""Years said from a dated event ("depuis la Marche verte", "منذ جائحة كورونا"), and a school year said as an ordinal
("في السنة الثانية", the second year) that counts no years (nlu.situation_years); a year named by what happened in it,
its number after ("من عام الجفاف ديال 1995"), is a start year."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        # "Since the year of" the event.
        "كنركب ونصلح الشوفوات فتارودانت من عام كورونا، بلا ديبلوم، غير تعلمت مع ولد عمي.",
        "je sculpte le bois depuis le covid, pas de diplome, je peux m'inscrire ?",
        "mon oncle? non, moi je fais des babouches depuis la marche verte",
        "أشتغل في الدباغة منذ الحجر الصحي ولا أملك شهادة",
        "كنصاوب الزرابي من المسيرة الخضراء، واش نقدر نتسجل؟",
        "kankhdem f nnjara mn lcorona, bla diplome",
    ],
)
def test_years_since_a_dated_event_are_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        # "During", not "since": the event dates something else.
        "pendant le covid j'ai perdu mon travail, je veux apprendre la poterie",
        "في كورونا توقفت عن العمل، كيف أسجل في السجل؟",
    ],
)
def test_an_event_without_since_counts_no_years(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "أنا طالبة في السنة الثالثة بمركز التكوين في الطرز، هل يمكنني التسجيل؟",
        "أدرس في السنة الرابعة بمعهد النجارة، هل يحق لي التسجيل؟",
    ],
)
def test_a_school_year_as_an_ordinal_counts_no_years(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "كنخدم الزليج من عام الجفاف ديال 1995 تقريبا وماعندي تا ورقة، كيفاش ندخل للسجل؟",
        "كنصاوب الزرابي من عام الفيضان 2014 بلا ديبلوم",
        "khdam f zlij mn 3am lboun dyal 2003 bla diplome",
    ],
)
def test_a_year_named_by_an_event_then_its_number_is_a_start_year(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"
