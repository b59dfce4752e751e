"""Goods that do not sell and customers to find are selling (marketing): "السلعة ديالي كتبقى عندي، شكون يشريها"
went out of scope. Learned from examples of the kind (data/nlu/round25C) and checked on sentences that no
training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    [
        "الخدمة ديالي ماكتتباعش، فين نلقى شي مشتريين",
        "بغيت شي كليان كبار للخدمة ديال الجلد",
        "lkhdma dyali ma katba3ch, fin nl9a chi clients",
    ],
)
def test_unsold_goods_are_marketing(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "marketing"
