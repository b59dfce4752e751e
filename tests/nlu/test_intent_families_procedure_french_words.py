"""The register's procedure named with French words written in Arabic letters ("البروسيدير", "الريجيستر",
"لانسكريبسيون"): how to register, as the same question in Darija words is. No training example spelt these words, so
the message had no word the register's examples use and went out of scope. Learned from examples of the kind
(data/nlu/round20) and checked on sentences that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    ["البروسيدير ديال الريجيستر فين كتبدا؟", "لانسكريبسيون فالريجيستر ديال لارتيزانا كيفاش؟"],
)
def test_the_procedure_in_french_words_is_how_to_register(
    classifier: TfidfIntentClassifier, text: str
) -> None:
    assert intent(classifier, text) == "rna_register_how"
