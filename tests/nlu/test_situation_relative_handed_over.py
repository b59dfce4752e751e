"""A relative named as the one who left the workshop to the writer ("الورشة التي تركها زوجي رحمه الله منذ سنتين",
"l'atelier que m'a laissé mon père depuis 5 ans") is no subject of the time told after: it is the writer's, since
taking the workshop over (nlu/situation_relatives.py, handed_over)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("أدير ورشة الخياطة التي تركها لي والدي رحمه الله منذ سنة ونصف، وليست لدي شهادة. هل يمكنني التسجيل؟", "none"),
        ("je tiens la boutique de dinanderie que m'a laissée mon père depuis six ans, sans diplôme", "practice"),
        ("أشتغل في محل الحدادة الذي تركه أخي منذ خمس سنوات ولا أملك دبلوما", "practice"),
    ],
)
def test_the_time_after_a_handing_over_is_the_writers(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


def test_a_relative_who_works_there_keeps_their_years(reader: SituationReader) -> None:
    # No handing over: the brother works there, the years are his; the writer states nothing of their own.
    assert read(reader, "mon frère travaille dans l'atelier depuis 9 ans, il peut s'inscrire ?").get("category") == "practice"
