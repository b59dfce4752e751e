"""Everyday Darija and French messages that were misread: a greeting followed by a blessing (read as thanks), the
wish to register typed as SMS ("jveu minscrir", read as whether one may), "without a diploma, can I?" in three words
(read as training), and whether one "deserves" it ("kanstahel", decided by a hair). Learned from examples
(data/nlu/round17), checked on sentences that no training or held-out file holds, with the neighbours they must not
pull.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py), on every
variety's examples as the model is (a minute or two).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


# A greeting that opens the message makes it a greeting, whatever blessing follows.
@pytest.mark.parametrize(
    "text",
    [
        "السلام عليكم الله يحفظكم",
        "sba7 nnour lah y7fdek a lalla",
    ],
)
def test_a_greeting_then_a_blessing_greets(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


# The blessing alone, or after the answer, still thanks.
@pytest.mark.parametrize("text", ["الله يعطيك الصحة خويا", "lah y3tik se7a", "merci lah y3tik se7a"])
def test_a_blessing_alone_still_thanks(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "thank"


# The wish to register, typed as SMS.
@pytest.mark.parametrize("text", ["jveu minscrir", "jvx minscrire o registre", "jvoudrai faire mon inscri stp"])
def test_an_sms_wish_to_register_is_the_request(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_apply"


# "Without a diploma, can I?" in a few words asks whether one may register.
@pytest.mark.parametrize(
    "text", ["بدون شهادة واش كيقبلو؟", "ma3ndich diplom wach ymken?"]
)
def test_without_a_diploma_can_i_asks_eligibility(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_eligibility"


# Whether one deserves it ("kanstahel", "نستاهل") asks whether one may register.
@pytest.mark.parametrize(
    "text",
    ["kanstahel wla la? kankhdem zlij mn 2019", "واش نستاهل التسجيل؟ كنخدم الفخار هادي 8 سنين", "nsta7e9 sijil?"],
)
def test_whether_one_deserves_it_asks_eligibility(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_eligibility"
