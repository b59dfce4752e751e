"""The nearest office asked in Arabizi with "l2idara", "lidara", "mdiriya", "a9rab": the office, not out of scope
(examples in data/nlu/round19/ary_Latn.yml), on sentences no training or held-out file holds."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    [
        "a9rab mdiriya dyal sna3 l l7ouma dyali",
        "l2idara li katsjel sna3 fin jat f tanja",
        "fin kayna lidara dyal l7rayfiya f mknas",
        "chi idara 9riba mn hna dyal sina3a ta9lidiya?",
        "lidara l9riba dyal sna3 fin",
        "a9rab idara l dari dyal sijil",
    ],
)
def test_the_nearest_office_in_arabizi(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "find_office"
