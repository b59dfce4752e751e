"""Modern Standard Arabic families of round 29 (helper C, data/nlu/round29C): night and parting wishes, agreeing by
saying the reader is right, refusing a topic by naming it, eligibility asked as conditions or years required, a
file's outcome, the service-craft family, the AMO's cost said as a cost. Checked on sentences that no training or
held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent

# Each read otherwise before these examples (main's model: fallback, goodbye, pension_info, rna_register_how, ask_help,
# amo_info).
FAMILIES = {
    "affirm": ["صدقت والله", "معكم حق في هذا"],
    "deny": ["لا، لم أقصد المعاش"],
    "rna_eligibility": ["أهليتي للتسجيل في السجل"],
    "craft_lookup": ["حرف الخدمات ما هي؟"],
    "amo_cost": ["كلفة التأمين الصحي للحرفي"],
}


@pytest.mark.parametrize(("expected", "text"), [(name, text) for name, texts in FAMILIES.items() for text in texts])
def test_a_family_reads_its_intent(classifier: TfidfIntentClassifier, expected: str, text: str) -> None:
    assert intent(classifier, text) == expected


# Their neighbours keep their intents: the same kinds already read right, the topic asked (not refused), the help
# desk's menu, the documents, the register's steps, the AMO's coverage.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ليلة سعيدة للجميع، سأنام الآن", "goodbye"),
        ("ما مآل ملفي؟", "rna_status"),
        ("كلا لا أعني الأمو", "deny"),
        ("ما هي الكلفة الشهرية للأمو؟", "amo_cost"),
        ("أريد قرضا لورشتي", "financing"),
        ("ماذا يمكنك أن تفعل لي؟", "ask_help"),
        ("ما الوثائق التي أحتاجها للتسجيل في السجل؟", "rna_documents"),
        ("كيف أسجل في السجل الوطني عبر الإنترنت؟", "rna_register_how"),
        ("ماذا يغطي التأمين الصحي للحرفي؟", "amo_info"),
    ],
)
def test_their_neighbours_keep_their_intents(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
