"""Darija in Arabic letters from other regions and with Mashriqi forms, and topics that borrow the domain's words
(round 26, helper C). Learned from examples of each kind (data/nlu/round26C) and checked on sentences that no
training or held-out file holds:

- greetings, leavings and thanks in regional forms ("واش راك", "ازيك", "هلا", "نخليكم", "يسلمو") read as a machine
  question, a yes, out of scope or the fallback;
- the CNSS named as spoken ("السيسنيس") went to the national register or out of scope, while a salaried worker's
  CNSS must stay out of scope;
- someone else's business tax (a shopkeeper, a cafe) and registering for something else (the hajj draw) went to
  AMO's cost, financing or the register;
- selling on social networks, whether a registration went through after the papers were given, a training school
  nearby.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent

CASES = [
    ("واش راك يا صاحبي", "greet"),
    ("كي راكي لاباس", "greet"),
    ("ازيك يا خويا", "greet"),
    ("هلا بيكم", "greet"),
    ("صافي نخليكم دابا", "goodbye"),
    ("خلاص راني ماشي", "goodbye"),
    ("يسلمو بزاف", "thank"),
    ("تسلم يا استاذ", "thank"),
    ("كيفاش نتسجل انا فالسيسنيس", "amo_enroll"),
    ("الرقم ديال السيسنيس شنو هو", "amo_enroll"),
    ("الخدام فالشركة ماصرحوش بيه فالسيسنيس", "out_of_scope"),
    ("مول الحانوت شحال كيخلص ديال الضريبة", "out_of_scope"),
    ("مول المقهى كيفاش كيخلص الضرائب", "out_of_scope"),
    ("فين نتسجل لقرعة الحج", "out_of_scope"),
    ("كنبيع الجلد فالتيكتوك بغيت نبيع كثر", "marketing"),
    ("عطيت الوراق للغرفة واش تقبلت", "rna_status"),
    ("شي مدرسة ديال الطرز قريبة", "training"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_regional_darija_and_borrowed_words(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


# What the new examples must not take: an artisan's own AMO cost and tax regime, registering in the national register.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شحال نخلص ديال لامو وانا ماكنخلصش الضريبة", "amo_cost"),
        ("كيفاش نتسجل فالسجل الوطني ديال الصناع", "rna_register_how"),
        ("كيفاش نبيع البلاغي ديالي فشي موقع فالانترنيت", "marketing"),
    ],
)
def test_the_artisans_own_topics_stay(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
