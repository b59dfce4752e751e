"""The city of an office that serves the writer from elsewhere ("mon comptable a son cabinet à Rabat", "la fiduciaire
de Casablanca", "l'agence CNSS de Fès") gives way to the city where the writer works; said alone, it is still the
city said (nlu.lexicon_extractor.event_places)."""

import pytest

from nlu.lexicon import Lexicon
from tests.nlu.cities import cities_kept
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Mon comptable a son cabinet à Rabat, je suis ferronnier à Khémisset, l'AMO c'est combien ?", "Khémisset"),
        ("je passe par une fiduciaire de Casablanca mais mon atelier est à Settat", "Settat"),
        ("brodeuse a sefrou, mon comptable est a fes, combien l'amo ?", "Sefrou"),
        ("je suis potier à Safi, l'agence CNSS de Marrakech m'a appelé", "Safi"),
    ],
)
def test_an_offices_city_gives_way_to_the_writers(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text) == [city]


def test_an_offices_city_alone_stays(seed_lexicon: Lexicon) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, "mon comptable est à Oujda, combien l'amo ?") == ["Oujda"]
