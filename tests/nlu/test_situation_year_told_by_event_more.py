"""More starts dated by an event (nlu.situation_years): a start said before the event's year ("بديت نخدم الطين عام
الزلزال"), "since the time of" an event ("mn wa9t l'mondial"), the year when told in a long clause ("من العام اللي تحول
فيه السوق ديال سبت كزولة، 2019"), and a year then "since that day" ("dit lbac 2014 w mn dak nhar")."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "بديت نطرز عام الزلزال وما عنديش ديبلوم",
        "bdit nkhdem f lfekhar l3am dyal corona, ma 3ndi ta diplome",
        "kansne3 zrabi mn wa9t l'mondial, bla diplome",
        "كنخدم النحاس من وقت كورونا، بلا ديبلوم",
        "خدام فالجلد من العام اللي تبدل فيه المدير ديال الغرفة ديالنا، 2018، بلا ديبلوم",
        "khdit lbac 2015 w mn dak nhar w ana kan5dem f zzlij, bla diplome",
        "حصلت على الباكالوريا سنة 2016 ومنذ ذلك الحين أشتغل في الفخار دون شهادة",
    ],
)
def test_a_start_dated_by_its_event_or_since_then(reader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_an_event_with_no_start_and_no_since_dates_nothing(reader) -> None:
    # "During Covid" tells when something else happened: no start.
    assert "category" not in read(reader, "f corona tsddat lmdina, wach ntsjel?")


def test_a_years_name_may_hold_a_relative(reader) -> None:
    text = "كنخدم الجلد من عام العرس ديال ختي الكبيرة 2016 وما عنديش ديبلوم"
    assert read(reader, text).get("category") == "practice"
