"""A message typed as a form ("سنوات الخبرة: 12", "Expérience : 14", "الخبرة: خمسة عشر"): a bare number answering a
field of practice is its years, as "14 ans" would be (nlu.situation_years); with "Diplôme : non" beside it, the years
decide the category."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("الاسم: فاطمة\nالحرفة: الطرز\nسنوات الخبرة: 9\nالدبلوم: لا يوجد\nهل يمكنني التسجيل؟", "practice"),
        ("الحرفة: الدباغة - الخبرة: ثلاثة عشر - الشهادة: لا", "practice"),
        ("Métier : ferronnier / Expérience : 17 / Diplôme : non. Je peux m'inscrire ?", "practice"),
        # Too few years said the same way.
        ("Métier : vannière\nExpérience : 1\nDiplôme : aucun\nc bon pour le RNA ?", "none"),
    ],
)
def test_a_number_answering_the_practice_field_is_its_years(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


def test_a_number_without_the_field_is_no_years(reader: SituationReader) -> None:
    assert "category" not in read(reader, "J'ai une question sur le métier : 17 euros la pièce, diplôme : non")
