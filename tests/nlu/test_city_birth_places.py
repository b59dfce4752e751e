"""The city where the writer was born, comes from or left ("tzadt f oujda", "ولدت في وجدة", "je suis née à Safi",
"quitter Fès") gives way to the city where they work; said alone, it is still the city said."""

import pytest

from nlu.lexicon import Lexicon
from tests.nlu.cities import cities_kept
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("ana mzyada f safi walakin sakna w khdama f agadir", "Agadir"),
        ("تزاديت فتازة وكنخدم دابا فمكناس، فين الغرفة؟", "Meknès"),
        ("ولدت بالناظور وأعمل الآن في طنجة", "Tanger"),
        ("je suis née à Essaouira mais mon atelier est à Marrakech", "Marrakech"),
        ("originaire de Taza, je travaille a Fes comme dinandier", "Fès"),
        ("tzadit f errachidia o daba kankhdem f ouarzazate", "Ouarzazate"),
        # A city left.
        ("je viens de quitter Fès pour m'installer à Tanger, où est la chambre ici ?", "Tanger"),
        ("رحلت من وجدة هادي عامين ودابا خدام فالنجارة ففاس، فين الغرفة؟", "Fès"),
    ],
)
def test_a_birth_city_gives_way_to_the_working_one(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text) == [city]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("ولدت في وجدة، أين أجد الغرفة؟", "Oujda"),
        ("je suis né à Tiznit, ou est la chambre ?", "Tiznit"),
    ],
)
def test_a_birth_city_alone_stays(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text) == [city]
