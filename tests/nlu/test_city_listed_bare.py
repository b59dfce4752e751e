"""A city whose bare name is also an everyday word ("safi" is "enough", "tata" an aunt) is found only after a
preposition ("f safi", "à Safi"); written with its capital as an item of a list of facts ("Potier, 44 ans, Safi, CPU",
"Safi, poterie, contribution professionnelle unique", "Brodeuse - Tata - CPU") it is the city too, and so it is after a French preposition, capital or not ("a dakhla").
"Safi, merci" and
"ok safi" are "enough", and "ma tata" an aunt."""

import pytest

from nlu.lexicon import Lexicon, message_words
from nlu.lexicon_extractor import bare_place_names, listed_places
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


def listed(lexicon: Lexicon, text: str) -> list[str]:
    words = message_words(text)
    matches = lexicon.find(words)
    found = matches + listed_places(text, words, matches, bare_place_names(lexicon.entries()))
    return [m.value for m in found if m.entity == "city"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Potier, 44 ans, Safi, CPU. L'AMO ça coûte combien ?", "Safi"),
        ("Safi, poterie, contribution professionnelle unique. Comment m'inscrire à l'AMO ?", "Safi"),
        ("Céramiste / Safi / auto-entrepreneur : retraite ?", "Safi"),
        ("Brodeuse - Tata - CPU - retraite ?", "Tata"),
        ("je fais de la poterie, 20 ans de métier, Safi.", "Safi"),
    ],
)
def test_a_bare_name_in_a_list_is_the_city(seed_lexicon: Lexicon, text: str, city: str) -> None:  # noqa: F811
    assert listed(seed_lexicon, text) == [city]


@pytest.mark.parametrize(
    "text",
    ["Safi, merci beaucoup", "ok safi, merci, combien l'amo", "ma tata, elle est brodeuse", "safi c'est bon, je suis à la CPU"],
)
def test_the_everyday_word_is_no_city(seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert listed(seed_lexicon, text) == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("la chambre d'artisanat de Dakhla elle est où ?", "Dakhla"),
        ("je vis à Dakhla, il y a un bureau de la chambre ?", "Dakhla"),
        ("Ma tante, vannière à Tata, peut-elle s'inscrire ?", "Tata"),
    ],
)
def test_a_capital_name_after_a_french_preposition_is_the_city(
    seed_lexicon: Lexicon, text: str, city: str  # noqa: F811
) -> None:
    assert listed(seed_lexicon, text) == [city]


def test_dakhla_included_is_no_city(seed_lexicon: Lexicon) -> None:  # noqa: F811
    assert listed(seed_lexicon, "wach nnjara dakhla f l7iraf dyal sijil?") == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("fin kayna la direction de l'artisanat a dakhla?", "Dakhla"),
        ("slt je suis vanniere a tata, cmt minscrire", "Tata"),
        ("la chambre de safi est ouverte le samedi ?", "Safi"),
    ],
)
def test_a_name_after_a_french_preposition_written_fast_is_the_city(
    seed_lexicon: Lexicon, text: str, city: str  # noqa: F811
) -> None:
    assert listed(seed_lexicon, text) == [city]
