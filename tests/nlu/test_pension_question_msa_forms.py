"""The pension named in MSA by its plural or its adjective ("نظام المعاشات", "المعاش التقاعدي", "منحة تقاعدية") is a
word of retirement: with no word of the AMO, the question is the pension's even when the classifier put an AMO intent
first (a rate or an amount weighs towards amo_cost)."""

import pytest

from nlu.pension_question import rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "كم نسبة الاشتراك في نظام المعاشات للحرفيين؟",
        "ما هي مساهمة الصانع في صندوق المعاشات؟",
        "كم سأدفع شهريا للنظام التقاعدي الخاص بغير الأجراء؟",
        "هل الانخراط في الصناديق التقاعدية إجباري على الحرفي؟",
        "كم تبلغ المنحة التقاعدية للصانع التقليدي؟",
    ],
)
@pytest.mark.parametrize("first", ["amo_cost", "amo_info", "amo_enroll"])
def test_the_plural_or_adjective_of_retirement_is_the_pension(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), text, ranking(first, "pension_info", "financing"))
    assert [r["name"] for r in ranked] == ["pension_info", first, "financing"]


@pytest.mark.parametrize(
    "text",
    [
        "كم أدفع للتأمين الصحي وللنظام التقاعدي معا؟",
        "هل يستفيد المتقاعد من التأمين الإجباري عن المرض؟",
    ],
)
def test_the_amo_named_is_left_alone(text: str) -> None:
    assert rerank(lemmas(text), text, ranking("amo_cost", "pension_info")) == ranking("amo_cost", "pension_info")
