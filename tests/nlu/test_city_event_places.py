"""A city named only as where a fair is held ("معرض بمراكش", "une foire à Casablanca", "salon f agadir") gives way to
the city the writer names for themself; alone, it is still the city said."""

import pytest

from nlu.lexicon import Lexicon
from tests.nlu.cities import cities_kept
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("je vis à Fès et je vais à une foire à Marrakech le mois prochain, comment vendre plus ?", "Fès"),
        ("ana f asfi o bghit nchark f salon f casa", "Safi"),
        ("أنا من وجدة وبغيت نشارك فالمعرض ديال الدار البيضاء", "Oujda"),
        ("سأشارك في معرض الصناعة التقليدية بأكادير، أنا حرفي من مكناس", "Meknès"),
        ("kankhdem f nador o ghadi nmchi l moussem f tanja", "Nador"),
        ("أنا خزاف من آسفي وبغيت نشارك فالفوار فمراكش", "Safi"),
    ],
)
def test_a_fairs_city_gives_way_to_the_writers(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text) == [city]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("واش كاين شي معرض فأكادير هاد الشهر؟", "Agadir"),
        ("comment participer au salon de l'artisanat à Casablanca ?", "Casablanca"),
    ],
)
def test_a_fairs_city_alone_stays(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text) == [city]
