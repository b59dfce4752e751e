"""The writer's city said as their demonym ("أنا فاسي", "انا فاسية", "أنا طنجاوي", "ana fassi"): the city the nisba is
made from, when the message names no other city; a style named after a city ("الطرز الرباطي") or a demonym after
someone else is no place of the writer's."""

import pytest

from nlu.lexicon import Lexicon
from tests.nlu.cities import cities_kept
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("أنا فاسي، أعمل في صناعة النحاس منذ الصغر، هل أقدر أتسجل؟", "Fès"),
        ("أنا فاسية وأريد أن أعرف عنوان غرفة الصناعة التقليدية في مدينتي", "Fès"),
        ("انا طنجاوي واشتغل في النجارة، فين اقرب غرفة؟", "Tanger"),
        ("أنا وجدية أخيط الجلابيب، كيف أسجل؟", "Oujda"),
        ("مرحبا أنا رباطي وعندي ورشة زليج", "Rabat"),
        ("وأنا سلاوية أطرز في بيتي", "Salé"),
        ("ana fassi, kankhdem f dbagha, fin lghorfa?", "Fès"),
    ],
)
def test_the_writers_demonym_names_their_city(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text) == [city]


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        ("أنا فاسي الأصل لكني أعمل في أكادير", ["Agadir"]),
        ("أنا أطرز الطرز الرباطي منذ عشر سنوات", []),
        ("زوجي فاسي وأنا أخيط القفاطين", []),
        ("أنا حرفي أعمل في النجارة", []),
        ("أنا آسفة على الإزعاج، كيف أسجل؟", []),
    ],
)
def test_no_demonym_or_one_that_gives_way(seed_lexicon: Lexicon, text: str, cities: list[str]) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text) == cities
