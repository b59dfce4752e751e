"""Paying a household bill (water, electricity, phone, internet) is out of scope: "where do I pay" weighed towards
paying the AMO ("فين نقدر نخلص فاتورة…" went to amo_enroll). Learned from examples of the kind (data/nlu/round23b) and
checked on sentences that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    ["فين نخلص فاتورة التيليفون ديالي", "أين أؤدي فاتورة الماء هذا الشهر", "je paie ou la facture de la lydec"],
)
def test_paying_a_household_bill_is_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


# Paying the AMO stays the enrolment.
@pytest.mark.parametrize("text", ["فين نخلص لامو ديالي كل شهر", "ou payer ma cotisation amo chaque mois"])
def test_paying_the_amo_stays_the_enrolment(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_enroll"
