"""Whether one may register, asked in a few words without a diploma, or for a relative who left a training school:
eligibility, not training. Learned from examples (data/nlu/round18) and settled between the two by a narrow rule
(nlu/register_wish.py); checked on sentences that no training or held-out file holds. Learning a trade without a
diploma stays training.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.test_register_wish import MAY_I_WITHOUT_A_DIPLOMA


@pytest.mark.parametrize("text", MAY_I_WITHOUT_A_DIPLOMA)
def test_may_i_without_a_diploma_asks_eligibility(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_eligibility"


@pytest.mark.parametrize(
    "text",
    [
        "wach n9der nt3llem bla diplome?",
        "بلا ديبلوم نقدر نتعلم الخياطة؟",
    ],
)
def test_learning_without_a_diploma_stays_training(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "training"
