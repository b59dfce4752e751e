"""The right to a loan or a grant is financing, not eligibility (nlu/right_to_money.py)."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.right_to_money import rerank
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "أنا فالضريبة الموحدة، واش عندي الحق فشي تمويل؟",
        "ana mikanisyan, wach 3ndi l7a9 f chi kredi?",
        "عندي مقاولة صغيرة ديال الحدادة، واش من حقي ناخد قرض؟",
        "je tiens une comptabilité, ai-je droit à un prêt ?",
    ],
)
def test_the_right_to_money_is_financing(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "financing", "training"))
    assert [r["name"] for r in ranked] == ["financing", "rna_eligibility", "training"]
    assert ranked[0]["confidence"] == 0.6
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "out_of_scope", "financing"))
    assert [r["name"] for r in ranked] == ["financing", "rna_eligibility", "out_of_scope"]


@pytest.mark.parametrize(
    "text",
    [
        "واش عندي الحق نتسجل باش ناخد قرض؟",
        "wach n9der ntsjel bach nakhod kredi mn b3d?",
        "ana 7addad, wach 3ndi l7a9 ntsjel?",
    ],
)
def test_registering_to_get_money_later_stays_eligibility(text: str) -> None:
    three = ranking("rna_eligibility", "financing", "training")
    assert rerank(lemmas(text), three) == three


def test_financing_below_third_or_another_first_is_left_to_the_classifier() -> None:
    text = "wach 3ndi l7a9 f chi kredi?"
    four = [*ranking("rna_eligibility", "training", "out_of_scope"), {"name": "financing", "confidence": 0.05}]
    assert rerank(lemmas(text), four) == four
    assert rerank(lemmas(text), ranking("training", "financing")) == ranking("training", "financing")


# The classifier with the rule, on sentences no training or held-out file holds.
@pytest.mark.parametrize(
    "text",
    [
        "انا فالنظام المبسط ديال الضريبة، واش عندي الحق فشي قرض من الدولة؟",
        "ana comptable w 3ndi charika sghira, wach 3ndi l7a9 f chi tamwil?",
    ],
)
def test_the_classifier_sends_the_right_to_money_to_financing(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "financing"
