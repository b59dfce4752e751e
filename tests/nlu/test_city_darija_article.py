"""Cities written with the Darija article, its alif dropped ("لعيون" for "العيون"), a preposition glued or not
("فلعيون", "للرشيدية"): the same city as with the full article."""

import pytest

from nlu.lexicon import Lexicon
from nlu.lexicon_files import darija_article_forms
from tests.nlu.cities import cities_said
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("خدام فلعيون فالنجارة", "Laâyoune"),
        ("واش كاين شي مكتب ديال الحرفيين فلحسيمة؟", "Al Hoceïma"),
        ("جيت من لقنيطرة باش نسجل", "Kénitra"),
        ("ساكنة فلعرائش وكنطرز", "Larache"),
        ("بغيت نمشي للرشيدية للغرفة", "Errachidia"),
    ],
)
def test_a_city_with_the_darija_article(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert cities_said(seed_lexicon, text) == [city]


@pytest.mark.parametrize(
    ("names", "forms"),
    [
        (["العيون", "laayoune"], ["لعيون"]),
        (["الحسيمة", "الحسيمه"], ["لحسيمة", "لحسيمه"]),
        # Too short after the article: no everyday word becomes a city.
        (["الكف"], []),
    ],
)
def test_darija_forms_of_article_names(names: list[str], forms: list[str]) -> None:
    assert darija_article_forms(names) == forms
