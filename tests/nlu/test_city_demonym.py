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
        # Made from a spelling with its final "a" given back or its doubled letter single, in Arabizi.
        ("ana tanjawi w khddam f nnjara", "Tanger"),
        ("ana oujdia kankhayet jlaleb", "Oujda"),
        ("salam ana mknassi, fin kayna lghorfa?", "Meknès"),
        ("ana slaoui, wach n9der ntsjel?", "Salé"),
        # French demonyms, after "je suis" or "moi".
        ("je suis casablancaise, je fais de la broderie", "Casablanca"),
        ("Bonjour, je suis tangérois et menuisier", "Tanger"),
        ("moi tétouanais, dinandier depuis 2010", "Tétouan"),
        # Casablanca's demonyms come from "the white", not from a listed spelling.
        ("أنا بيضاوي وعندي محل ديال الجلد", "Casablanca"),
        ("ana bidaouia w kanTerrez", "Casablanca"),
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
        ("je suis casablancaise mais je travaille à Rabat", ["Rabat"]),
        ("je suis française et je brode", []),
        ("je suis malade, je peux m'inscrire ?", []),
        ("ana 3adi, khddam f zlij", []),
    ],
)
def test_no_demonym_or_one_that_gives_way(seed_lexicon: Lexicon, text: str, cities: list[str]) -> None:  # noqa: F811
    assert cities_kept(seed_lexicon, text) == cities
