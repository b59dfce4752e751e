"""MSA kinds learned from examples (data/nlu/round28B), checked on sentences that no training or held-out file holds:
joining the AMO in MSA with an Egyptian, Levantine or Gulf colour ("بسجل مرتي وولادي", "عايز أشترك"), where the
monthly contribution is paid ("اين ادفع اشتراك"), also after the writer's tax regime is told; a situation told, then an
order to register the writer now ("…، سجلوني من فضلكم الآن").

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


# Read otherwise by main's examples (amo_cost, amo_info, rna_eligibility).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اين ادفع اشتراك التأمين الصحي كل شهر؟", "amo_enroll"),
        ("كيف بسجل مرتي وولادي بالتأمين الصحي؟", "amo_enroll"),
        ("عايز أشترك في التأمين الصحي بتاع الحرفيين، أعمل إيه؟", "amo_enroll"),
        ("أنا خاضع للمساهمة المهنية الموحدة، أين أسدد واجبات التغطية الصحية؟", "amo_enroll"),
        ("أطرز الجلابيب منذ تسع سنوات ولا أملك دبلوما، سجلوني من فضلكم الآن", "rna_apply"),
    ],
)
def test_msa_kinds_read_their_intent(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


# Neighbours of the same kinds that read right already and must stay so.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كم أدفع شهريا للتأمين الصحي؟", "amo_cost"),
        ("أنا في نظام المساهمة المهنية الموحدة، كم سأدفع للتأمين الإجباري عن المرض؟", "amo_cost"),
        ("هل يستفيد أبنائي من التغطية الصحية؟", "amo_info"),
        ("أخيط الجلابيب منذ ست سنوات بدون دبلوم، هل يحق لي التسجيل؟", "rna_eligibility"),
        ("قيدوني الآن في السجل، أنا خياط", "rna_apply"),
        ("كيف أسجل في السجل الوطني للصناعة التقليدية؟", "rna_register_how"),
    ],
)
def test_their_neighbours_stay(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
