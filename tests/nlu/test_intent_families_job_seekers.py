"""Looking for a job ("عندكم شي خدمة؟ راني بلا خدمة", "a free post in a cooperative"): out of scope. The assistant
helps artisans with their own work, it does not hire; the workshop, the cooperative and "خدمة" pulled such messages
towards training or eligibility. Learned from examples of the kind (data/nlu/round20) and checked on sentences that
no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize("text", ["عندكم شي خدمة؟ راني بلا خدمة هادي عام"])
def test_looking_for_a_job_is_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


# An artisan's own work, and a training place for oneself, stay in scope.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بغيت نتعلم الخياطة فشي مركز ديال التكوين", "training"),
        ("wach n9der ntsjel w ana khdam f cooperative?", "rna_eligibility"),
    ],
)
def test_work_and_learning_stay_in_scope(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
