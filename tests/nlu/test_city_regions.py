"""A region is named by its cities ("جهة فاس مكناس", "la région Fès-Meknès"): a city right after "region" gives way to
the city where the writer lives or works; said alone, it is still the city said (nlu.lexicon_extractor.event_places)."""

import pytest

from nlu.lexicon import Lexicon
from tests.nlu.cities import cities_kept
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("بغيت العنوان ديال الغرفة ديال جهة فاس مكناس، أنا ساكن فصفرو", "Sefrou"),
        ("فين الغرفة ديال الجهة مراكش آسفي؟ أنا خراز فشيشاوة", "Chichaoua"),
        ("la chambre de la région Fès-Meknès, j'habite à Sefrou, où est-elle ?", "Sefrou"),
        ("ana mn tiznit, fin kayna lghorfa dyal jiha dyal agadir ?", "Tiznit"),
    ],
)
def test_a_regions_city_gives_way_to_the_writers(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text) == [city]


def test_a_regions_city_alone_stays(seed_lexicon: Lexicon) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, "Où se trouve la chambre d'artisanat de la région de Marrakech ?") == ["Marrakech"]
