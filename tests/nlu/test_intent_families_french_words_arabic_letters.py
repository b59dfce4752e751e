"""Training, the pension, the papers and leave-taking named with French words written in Arabic letters
("الفورماسيون", "لابرانتيساج", "البانسيون", "الدوكيمون", "ألا بروشان"). No example spelt these words:
"لابرانتيساج؟" went to the fallback, an age and a trade before "بانسيون" read as eligibility, "ليست ديال الدوكيمون"
as how to register. Learned from examples of the kind (data/nlu/round25C) and checked on sentences that no
training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الأبرانتيساج ديال الزليج فين كيكون", "training"),
        ("واش كاينة الفورماسيون فالطرز للنسا", "training"),
        ("عندي سبعين عام خدام فالفخار، البانسيون ديالي منين غادي تجي", "pension_info"),
        ("الدوكيمون ديال الرنا عطيني الليستة ديالهم", "rna_documents"),
        ("الفورماسيون ديال الدباغة؟", "training"),
        ("ألا بروشان أ خويا", "goodbye"),
        ("بون جورني أ لالة", "goodbye"),
    ],
)
def test_french_words_in_arabic_letters_keep_their_intent(
    classifier: TfidfIntentClassifier, text: str, expected: str
) -> None:
    assert intent(classifier, text) == expected
