"""Furniture said with its material or its style ("الأثاث التقليدي", "أثاث خشبي") is woodwork, with a preposition or
"and" glued on ("بالأثاث الخشبي"); furniture alone ("محل للأثاث") names no trade."""

import pytest

from nlu.lexicon import Lexicon, message_words
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


def trades(lexicon: Lexicon, text: str) -> list[str]:
    return [m.value for m in lexicon.find(message_words(text)) if m.entity == "craft"]


@pytest.mark.parametrize(
    "text",
    [
        "مشروع لم يبدأ بعد: أنوي صناعة الأثاث التقليدي، ما شروط برنامج انطلاقة؟",
        "أصنع أثاثا خشبيا في ورشتي منذ سبع سنوات",
        "لدي ورشة صغيرة للأثاث الخشبي وأريد توسيعها",
        "أشتغل في أثاث تقليدي مزخرف، هل يمكنني التسجيل؟",
    ],
)
def test_wooden_or_traditional_furniture_is_woodwork(seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert trades(seed_lexicon, text) == ["WOOD"]


def test_furniture_alone_names_no_trade(seed_lexicon: Lexicon) -> None:  # noqa: F811
    assert trades(seed_lexicon, "اشتريت الأثاث من محل في المدينة") == []
