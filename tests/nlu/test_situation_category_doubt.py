"""A writer unsure which kind of registrant they are ("je ne sais pas si je suis artisane ou maalema", "لا أعرف هل أنا
معلمة أم صانعة") weighs one kind against another: neither is stated, the years decide (nlu.situation_category)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je sais pas si je compte comme maalem ou simple artisan, je fais du zellige depuis 14 ans",
        "je me demande si je suis maalema ou juste artisane, ca fait 12 ans que je tisse",
        "لا أدري هل أعتبر معلما أم صانعا عاديا، أشتغل في النجارة منذ 2009",
        "لست متأكدا هل أنا معلم أو حرفي فقط، أعمل في الدباغة منذ خمس عشرة سنة",
        "ma3reftch wach ana m3allem wla ghir sani3, khddam f nnjara hadi 11 l3am",
    ],
)
def test_a_kind_weighed_in_doubt_is_not_stated(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # A doubt about something else, or a kind stated without an "or", still states it.
        ("je ne sais pas si les papiers sont prets, je suis maalem dinandier depuis 30 ans", "maalem"),
        ("لا أعرف هل التسجيل مجاني، أنا معلم في الزليج منذ أربعين سنة", "maalem"),
        ("je ne sais pas si ma cooperative de tapis peut s'inscrire ou pas", "cooperative"),
    ],
)
def test_a_kind_stated_beside_another_doubt_stays(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
