"""The AMO compared with employees' or another regime's asks what it covers (nlu/amo_compared.py)."""

import pytest

from nlu.amo_compared import compares_the_amo, rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "واش لامو ديال الحرايفية هي هي ديال الموظفين ولا ناقصة؟ انا نجار بلا ضريبة",
        "wach l'auto-entrepreneur 3ndo nfs l'amo b7al li f la CPU?",
        "L'AMO des artisans, c'est la même que celle des salariés ? je suis au forfait",
        "هل التأمين الصحي للحرفي مثل تأمين الموظفين؟ أؤدي المساهمة المهنية الموحدة",
    ],
)
def test_the_amo_compared_with_anothers_is_its_coverage(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "amo_enroll", "amo_info"))[0]["name"] == "amo_info"


@pytest.mark.parametrize(
    "text",
    [
        # An amount, enrolling or how asked: the cost or the enrolment.
        "شحال كنخلص فلامو بحال الموظفين؟",
        "kifach ntsjel f lamo b7al li 3ndhom cpu?",
        # Nothing compared.
        "ana njjar b7al bba, ch7al l'amo?",
    ],
)
def test_an_amount_how_or_no_comparison_is_left_alone(text: str) -> None:
    assert not compares_the_amo(lemmas(text))
    assert rerank(lemmas(text), ranking("amo_cost", "amo_enroll", "amo_info")) == ranking("amo_cost", "amo_enroll", "amo_info")


def test_coverage_far_down_or_another_topic_first_is_left_alone() -> None:
    text = "l'amo hiya nafs cnss dyal salariés?"
    far = ranking("amo_cost", "a", "b", "c", "amo_info", confidences=(0.4, 0.2, 0.1, 0.1, 0.05))
    assert rerank(lemmas(text), far) == far
    assert rerank(lemmas(text), ranking("pension_info", "amo_info")) == ranking("pension_info", "amo_info")


@pytest.mark.parametrize(
    "text",
    [
        "wach lamo dyali b 135dh bhal lli ma kaykhlsouch ta 7aja wla ktr?",
        "الاقتطاع ديال AMO واش هو بحال بحال لكلشي؟ ولا اللي كيخلص المساهمة كيخلص كثر؟",
        "Les auto-entrepreneurs paient-ils l'AMO comme ceux qui sont à la CPU ?",
    ],
)
def test_paying_compared_is_the_cost(text: str) -> None:
    assert not compares_the_amo(lemmas(text))
