"""The validation of experience asked by its acronym or its Arabic name alone is training ("c'est quoi la VAE ?" went
to the fallback, "chno hiya la VAE" out of scope). Learned from examples of the kind (data/nlu/round24) and checked on
sentences that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    [
        "c'est quoi la VAE ?",
        "la vae c pour qui",
        "chno hiya la VAE",
        "wach la VAE katkhlles",
        "شنو هي VAE",
        "ما هي شروط المصادقة على المكتسبات المهنية",
    ],
)
def test_the_validation_of_experience_is_training(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "training"
