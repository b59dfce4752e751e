"""Errands of people who are not artisans, asked in MSA with the domain's words, are out of scope: a salaried
worker's CNSS, a civil servant's income tax or pension, another profession's tax, a car's papers ("كم تبلغ الضريبة
على الدخل بالنسبة لموظف في القطاع العام؟" read amo_cost, "أنا موظف…معاش التقاعد في الصندوق المغربي للتقاعد" read
pension_info). Learned from examples of the kind (data/nlu/round27C/ar.yml) and checked on sentences that no
training or held-out file holds; the artisan's own errands keep their intents. Not yet: an employee asking whether
the employer declares them to the CNSS ("أعمل ممرضا… هل يصرح بي المشغل") still reads amo_enroll, by a short margin.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    [
        "أنا موظفة في البلدية، كيف أطلب التقاعد المبكر؟",
        "ما هي الوثائق اللازمة لبيع سيارتي؟",
        "كم يؤدي صاحب محل الحلاقة من الضريبة على الدخل؟",
        "أنا أستاذة في ثانوية، هل تغطيني كنوبس في علاج الأسنان؟",
    ],
)
def test_others_errands_are_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أنا حرفي، كيف أصرح بزوجتي في الضمان الاجتماعي؟", "amo_enroll"),
        ("هل للصانع التقليدي معاش عند التقاعد؟", "pension_info"),
        ("ما المبلغ الذي يؤديه الصانع كل شهر للأمو؟", "amo_cost"),
        ("هل يجب أن أرفق نسخة البطاقة الوطنية بملف الحرفي؟", "rna_documents"),
    ],
)
def test_the_artisans_own_errands_keep_their_intents(
    classifier: TfidfIntentClassifier, text: str, expected: str
) -> None:
    assert intent(classifier, text) == expected


@pytest.mark.parametrize("text", ["ألست إنسانا آليا؟", "أليست ردودك مبرمجة؟"])
def test_a_machine_asked_in_the_negative_is_a_bot_challenge(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "bot_challenge"
