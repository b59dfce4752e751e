"""Weaving told of someone else ("أمي تنسج", "كتنسج الزرابي", "ينسج الحنبل") or by its product, wool blankets
("الأغطية الصوفية"), names the weaving trade, as "أنسج", "كننسج" and "couvertures en laine" do."""

import pytest

from nlu.lexicon import Lexicon, message_words
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    "text",
    [
        "زوجتي تنسج في البيت منذ سنوات",
        "مراتي كتنسج فالدار",
        "خويا كينسج الحنبل",
        "هو ينسج منذ صغره",
        "كنصاوب الأغطية الصوفية وكنبيعها فالسوق",
        "أصنع أغطية صوفية بيدي",
    ],
)
def test_weaving_told_of_another_or_by_wool_blankets(seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    values = [m.value for m in seed_lexicon.find(message_words(text)) if m.entity == "craft"]
    assert values[:1] == ["RUGS_WEAVING"]
