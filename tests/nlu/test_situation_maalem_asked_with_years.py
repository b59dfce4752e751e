"""Asking to be recognised a maâlem ("je peux être reconnue maalema ?", "bghit nwli m3allem", "أريد أن أصبح معلما")
with ten counted years or more: the years make the writer one (shared/DOMAIN.md §1, as "je peux m'inscrire comme
maître artisan ?" after 11 years does); with fewer, or a title denied, the years decide."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("je tresse le doum depuis 14 ans, est-ce que je peux être reconnue maalema ?", "maalem"),
        ("sculpteur sur bois depuis 2010, je voudrais être reconnu maître artisan", "maalem"),
        ("hadi 12 l3am w ana f nn7as, bghit nwli m3allem f sijil", "maalem"),
        ("أعمل في الفخار منذ خمس عشرة سنة وأريد أن أصبح معلما، هل يمكن ذلك؟", "maalem"),
        # Too few years: the years decide.
        ("je tresse le doum depuis 6 ans, est-ce que je peux être reconnue maalema ?", "practice"),
        ("bghit nwli m3allem, 3ndi 5 snin f nn7as", "practice"),
        # A title denied stays denied.
        ("je travaille le cuir depuis 2008, je n'ai jamais été reconnu maalem, je peux m'inscrire ?", "practice"),
    ],
)
def test_a_maalem_asked_for_is_decided_by_the_years(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
