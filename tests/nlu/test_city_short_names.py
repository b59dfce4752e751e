"""Cities said by a short or provincial name: "البيضاء" with its preposition ("بالبيضاء", "من البيضاء") is Casablanca, the
adjective "white" is no city; the province of Al Haouz ("الحوز", "lhaouz") is its seat, Tahannaout."""

import pytest

from nlu.lexicon import Lexicon
from tests.nlu.cities import cities_said
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("عندي ورشة بالبيضاء فدرب السلطان", "Casablanca"),
        ("أعمل في البيضاء منذ 2010", "Casablanca"),
        ("جيت من البيضاء باش نسجل", "Casablanca"),
        ("nous tissons dans un douar de la province d'al haouz", "Tahannaout"),
        ("ana f douar f lhaouz, kayn chi da3m?", "Tahannaout"),
        ("نسكن في إقليم الحوز", "Tahannaout"),
    ],
)
def test_a_short_or_provincial_name_is_the_city(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_said(seed_lexicon, text) == [city]


@pytest.mark.parametrize("text", ["الورقة البيضاء ديال الطلب", "كنصنع الزربية البيضاء", "الصفحة البيضا"])
def test_white_is_no_city(seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert cities_said(seed_lexicon, text) == []
