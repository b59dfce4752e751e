"""Years at several workshops told one after the other add up ("2 ans chez un patron puis 1 an seul", "عامين عند معلم
ثم سنتين لحسابي"); an age span ("من سن 14 إلى سن 20") counts its years (nlu.situation_years)."""

import pytest

from nlu.lexicon import message_words
from nlu.situation import SituationReader
from tests.nlu.test_situation import TODAY, read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("2 ans chez un patron puis 1 an seul, sans diplome", "practice"),
        ("j'ai fait 1 an d'apprentissage ensuite 2 ans dans un atelier de cuir", "practice"),
        ("khdemt 3amayn 3nd m3allem w mn b3d 2 snin bou7di f l7dada", "practice"),
        ("خدمت عامين عند الباطرون ومن بعد 3 سنين بوحدي", "practice"),
        ("اشتغلت سنتين عند معلم ثم سنتين لحسابي الخاص", "practice"),
        ("1 an chez un patron puis 1 an seul, sans diplome", "none"),
        ("6 ans chez un maalem puis 5 ans a mon compte, on m'appelle maalem", "maalem"),
    ],
)
def test_periods_told_one_after_the_other_add_up(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        "عملت في الخياطة من سن 15 إلى سن 19",
        "اشتغلت في النجارة من سن 12 حتى سن 18 ثم توقفت",
    ],
)
def test_an_age_span_counts_its_years(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("1 an chez un patron et 2 ans tout seul, sans diplome", "practice"),
        ("khdemt 1 3am 3nd m3allem w 2 snin bou7di f zlij", "practice"),
        ("عامين عند معلم و 2 سنين بوحدي، ما عندي ديبلوم", "practice"),
        ("اشتغلت سنتين عند حرفي وسنتين لحسابي الخاص", "practice"),
        ("j'ai 2 ans de couture et 2 ans de broderie, sans diplome", "none"),
    ],
)
def test_a_period_alone_after_and_adds_up(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("عامين عند معلم ف فاس و 3 سنين بوحدي فالنجارة", "3 سنين"),
        ("2 ans chez un patron a Fes puis 2 ans seul, sans diplome", "2 ans seul"),
    ],
)
def test_the_total_is_placed_on_the_later_period(reader: SituationReader, text: str, later: str) -> None:
    # A span over both periods would cover the city named between them, and the entity merger drops one of the two.
    found = next(f for f in reader.read(text, message_words(text), TODAY) if f.entity == "category")
    assert found.start >= text.index(later)
