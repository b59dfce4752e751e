"""Having understood, then taking leave (round 29, data/nlu/round29M): "safi fhemt kolchi, salam" is a goodbye. The
words of understanding ("fhemt", "kolchi") pulled such closings towards a greeting, below the first three readings
where the closing salutation's rule looks for a goodbye. Checked on sentences that no training or held-out file
holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    [
        "safi fhemt kolchi, salam",
        "ok fhemt kolchi, salam 3likom",
        "safi kolchi wad7 daba, salam",
        "صافي فهمت كلشي، سلام",
        "حسنا اتضح كل شيء، سلام",
        "j'ai tout compris merci, salut",
    ],
)
def test_understood_then_a_salutation_takes_leave(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "goodbye"


# Their neighbours keep their intents: understanding thanked, not understanding, a greeting before a question.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lah yjazik bikhir fhemtini mzyan", "thank"),
        ("salam, ma fhemtch kifach ntsjel f rna", "rna_register_how"),
    ],
)
def test_their_neighbours_keep_their_intents(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
