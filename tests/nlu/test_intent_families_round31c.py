"""Modern Standard Arabic families of round 31 (helper C, data/nlu/round31C): needs said without the domain's key
word. A doctor's fees borne for an artisan's children is the AMO; money to buy a tool is financing. Checked on
sentences that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
Being recognised officially as a craftsman ("كيف أجعل الإدارة تعترف بي كحرفي") is registering too, but the examples
do not carry it to new sentences yet (read fallback, out_of_scope or craft_lookup): not asserted here.
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent

# Read otherwise before these examples (main's model: nlu_fallback for both).
FAMILIES = {
    "amo_info": ["هل يتكفل أحد بمصاريف الطبيب لأبناء الصانع التقليدي؟"],
    "financing": ["أحتاج مالا لأشتري أدوات النقش، من يساعدني؟"],
}


@pytest.mark.parametrize(("expected", "text"), [(name, text) for name, texts in FAMILIES.items() for text in texts])
def test_a_family_reads_its_intent(classifier: TfidfIntentClassifier, expected: str, text: str) -> None:
    assert intent(classifier, text) == expected


# Their neighbours keep their intents: a trade recognised is the list of trades, a doctor's appointment or a machine
# bought for the home is out of scope, a plain no.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هل تعترف الدولة بصناعة السلال كحرفة تقليدية؟", "craft_lookup"),
        ("أريد حجز موعد عند طبيب الأسنان", "out_of_scope"),
        ("أين أشتري آلة غسيل بثمن مناسب؟", "out_of_scope"),
        ("لا، ليس هذا", "deny"),
    ],
)
def test_their_neighbours_keep_their_intents(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
