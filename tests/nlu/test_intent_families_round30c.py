"""Modern Standard Arabic families of round 30 (helper C, data/nlu/round30C): a second attempt after a refusal asked
as eligibility now met. Checked on sentences that no training or held-out file
holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent

# Read otherwise before these examples (main's model: rna_documents).
FAMILIES = {
    "rna_eligibility": ["بعد رفض أول، هل أصبح من حقي التسجيل بعد أن حصلت على شهادة المزاولة؟"],
}


@pytest.mark.parametrize(("expected", "text"), [(name, text) for name, texts in FAMILIES.items() for text in texts])
def test_a_family_reads_its_intent(classifier: TfidfIntentClassifier, expected: str, text: str) -> None:
    assert intent(classifier, text) == expected


# Their neighbours keep their intents: a plain refusal, a refusal of a topic, a file's state after a refusal, a yes.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("لا، ليس هذا", "deny"),
        ("لا، لا أريد القرض", "deny"),
        ("رفض طلبي، ما السبب؟", "rna_status"),
        ("نعم، أكمل معي حتى النهاية", "affirm"),
    ],
)
def test_their_neighbours_keep_their_intents(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
