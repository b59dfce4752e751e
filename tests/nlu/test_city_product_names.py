"""A city in a product's or a style's name ("babouches de Marrakech", "broderie point de Fès", "zrabi dyal rbat") gives
way to the city the writer names for themself; alone, it is still the city said (nlu.lexicon_extractor.event_places)."""

import pytest

from nlu.lexicon import Lexicon
from tests.nlu.cities import cities_kept
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("je fais de la poterie de Safi dans mon atelier à Salé", "Salé"),
        ("je tisse des tapis de Rabat chez moi à Kénitra depuis 10 ans", "Kénitra"),
        ("kanssn3 zrabi dyal rbat f tmara", "Témara"),
        ("ana khddama f tterz d fes, saakna f meknes", "Meknès"),
    ],
)
def test_a_products_city_gives_way_to_the_writers(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text) == [city]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("est-ce que la broderie de Fès est une activité reconnue ?", "Fès"),
        # "près de": a place, not a product's name.
        ("j'ai un atelier de zellige près de Tétouan, je vends à Tanger", "Tétouan"),
    ],
)
def test_a_products_city_alone_or_a_place_stays(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text)[0] == city
