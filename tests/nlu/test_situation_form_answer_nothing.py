"""A form field answered by nothing ("Diplôme ? zéro.", "Diplome : rien", "الشهادة: صفر") denies the field, as "non" does
(nlu/situation_cues.yml, answer_no)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Diplôme ? zéro. Années de métier ? 6. Je peux m'inscrire ?",
        "Diplome : rien. Experience : 8 ans de couture",
        "الشهادة: صفر. الخبرة: سبع سنوات في الحدادة",
    ],
)
def test_a_field_answered_by_nothing_is_denied(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"
