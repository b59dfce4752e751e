"""An AMO amount heard from someone and checked ("on m'a dit 135 dirhams, c'est toujours vrai ?") asks the cost: with
no topic word but the amount it went to the fallback or to a yes. Learned from examples of the kind
(data/nlu/round23b) and checked on sentences that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text", ["j'ai lu 135 dh sur facebook, c'est juste ?", "ma soeur m'a dit 135 dirhams, c'est bien ca ?"]
)
def test_an_amount_heard_and_checked_is_the_cost(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_cost"
