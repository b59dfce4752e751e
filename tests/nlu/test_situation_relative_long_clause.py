"""A relative's situation told in one long clause, or by someone writing for them ("أنا بنتها كنكتب ليها: ماما…"): a
"she/he has" ("وما عندها حتى ديبلوم", "w ma3ndoch diplome") still speaks of the relative however far it stands from
their name, and an "and" before it does not end what is said of them; the writer who says they write for the
relative asks about the relative (nlu.situation_relatives, nlu.on_behalf)."""

import pytest

from nlu.lexicon import message_words
from nlu.on_behalf import OnBehalfReader, load_cues
from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "أنا بنتها كنكتب ليها: ماما كتخيط القفاطن هادي 9 سنين فالدار ديالنا وما عندهاش الديبلوم",
        "أنا ختو كنكتب ليه: خويا كيصلح الموطورات فالكراج ديال الحومة من 2017 وما عندوش ديبلوم",
        "ana weldha kankteb liha: mama katnsej hadi 8 snin f ddar dyalna w ma3ndhach diplome",
        "ana kankteb lih: baba khdam f nnhas hadi 25 3am f lmdina l9dima w ma3ndo ta diplome",
        "أنا كنكتب ليه: الواليد خدام فالدباغة هادي 30 عام فالشوارة ديال فاس وما عندو حتى شهادة ديال التكوين",
        "أنا كنكتب ليها: خالتي كتطرز هادي 7 سنين مع الجارات فالدوار وما عندهاش ديبلوم",
    ],
)
def test_a_relatives_years_and_lack_of_diploma_stay_theirs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.fixture(scope="module")
def on_behalf() -> OnBehalfReader:
    return OnBehalfReader(load_cues())


@pytest.mark.parametrize(
    ("text", "tie"),
    [
        ("كنكتب ليها حيت ختي ما عندهاش التيليفون، كتدرز فالدار", "sibling"),
        ("ana kankteb lih, khouya ma3ndoch telephone", "sibling"),
        ("kankteb liha ana, mama katkhdem f lbalgha", "parent"),
    ],
)
def test_writing_for_a_relative_is_asking_for_them(on_behalf: OnBehalfReader, text: str, tie: str) -> None:
    found = on_behalf.read(message_words(text), (), text)
    assert found is not None and found.value == tie
