"""MSA questions in the law's and the programmes' own words, or in Mashriqi forms: the status of artisan ("صفة
الصانع التقليدي"), the branches ("الشعب"), apprentices taken in a workshop ("متدربين"), the AMO's cost compared
between tax regimes, the wish to register now said the Gulf or Egyptian way ("ابي اسجل الحين"), leave-taking
without thanks ("أستأذن"). They fell back as not understood or read a neighbour ("ما هي شروط اكتساب صفة الصانع
التقليدي حسب القانون 50.17؟" fell back, "ابي اسجل الحين في السجل" read rna_register_how). Learned from examples of
the kinds (data/nlu/round27C/ar.yml) and checked on sentences that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كيف تثبت صفة الحرفي لشخص لا يحمل دبلوما؟", "rna_eligibility"),
        ("هل تنتمي صناعة الحلي إلى شعبة الإنتاج أم إلى شعبة الخدمات؟", "craft_lookup"),
        ("هل يمكنني تكوين متدربين في محل الحدادة الذي أملكه؟", "training"),
        ("هل يدفع الحرفي الذي يمسك محاسبة أكثر من المعفى من الضريبة في الأمو؟", "amo_cost"),
        ("ابغى اقدم طلبي الحين، انا حداد", "rna_apply"),
        ("أستأذنكم الآن، علي الذهاب", "goodbye"),
    ],
)
def test_formal_and_mashriqi_words_read_their_intent(
    classifier: TfidfIntentClassifier, text: str, expected: str
) -> None:
    assert intent(classifier, text) == expected
