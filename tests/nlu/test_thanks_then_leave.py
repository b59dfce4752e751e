"""Thanks followed by a farewell end the conversation: a goodbye, not a thanks (nlu/thanks_then_leave.py). "شكرا على
وقتك، إلى اللقاء" read thank. Nothing is learned: the classifier is trained as before (the `classifier` fixture of
conftest.py), only its reading changes. The sentences are in no training or held-out file.
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.thanks_then_leave import rerank
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, scored


@pytest.mark.parametrize(
    "text",
    [
        "شكرا جزيلا على وقتك، نلتقي لاحقا",
        "أشكركم على المعلومات، وإلى اللقاء",
        "شكرا لكم، مع السلامة",
        "chokran bzaf 3la lmosa3ada, bslama",
        "merci pour votre aide, au revoir",
    ],
)
def test_thanks_then_a_farewell_is_a_goodbye(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "goodbye"


@pytest.mark.parametrize("text", ["شكرا جزيلا على المعلومات", "merci beaucoup pour les explications"])
def test_thanks_alone_stay_thanks(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "thank"


def test_a_farewell_word_far_down_the_ranking_changes_nothing() -> None:
    # "لقاء" is also a meeting: goodbye fourth in the ranking is not trusted.
    ranked = scored(("thank", 0.5), ("human_handoff", 0.3), ("ask_help", 0.1), ("goodbye", 0.05))
    assert rerank(lemmas("شكرا، أريد لقاء مستشار"), ranked) == ranked


def test_only_thanks_are_read_again() -> None:
    ranked = scored(("greet", 0.6), ("goodbye", 0.3))
    assert rerank(lemmas("مرحبا، إلى اللقاء"), ranked) == ranked
