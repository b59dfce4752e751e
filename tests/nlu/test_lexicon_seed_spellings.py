"""Spellings the seed lacked, found by blind Darija batches: the rugs' plural "الحنابل", the gas heaters "ديال الغاز"
(their installer was kept as the unknown trade "كيركب"), and Taza written "تزة" (round 33); Errachidia written with an
alif, "الراشيدية" (round 34)."""

import pytest

from nlu.lexicon import Lexicon, message_words
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("أنا كنخدم الحنابل فالدار", "craft", "RUGS_WEAVING"),
        ("kankhdem l7nabel f dar", "craft", "RUGS_WEAVING"),
        ("واش اللي كيركب السخانات ديال الغاز كيتحسب صانع تقليدي؟", "craft", "GAS_WATER_HEATER"),
        ("بغيت نعمر الطلب دابا، أنا حداد فتزة", "city", "Taza"),
        ("فين كاينة الغرفة فالراشيدية؟", "city", "Errachidia"),
    ],
)
def test_the_spelling_is_found(seed_lexicon: Lexicon, text: str, entity: str, value: str) -> None:  # noqa: F811
    found = {(m.entity, m.value) for m in seed_lexicon.find(message_words(text))}
    assert (entity, value) in found
