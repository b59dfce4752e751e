"""A salutation that closes a message takes leave (nlu/closing_salutation.py): "يكفي هذا لليوم، سلام" read greet.
The sentences are in no training or held-out file.
"""

import pytest

from nlu.closing_salutation import closes_with_salutation, rerank
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, scored


@pytest.mark.parametrize(
    "text",
    [
        "هذا كل ما أردت معرفته، سلام",
        "ok safi, hadchi li kan, salam",
        "bon, c'est bon pour moi, salut",
        "merci, salut",
        "شكرا بزاف، سلام",
    ],
)
def test_a_closing_salutation_is_a_goodbye(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "goodbye"


@pytest.mark.parametrize("text", ["بغيت نتسجل فالسجل، سلام", "salam", "salam, bghit ntsjel", "wach kayn chi 7ed? salam", "ana fatima mn fes, salam"])
def test_a_request_or_an_opening_greeting_stays(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) != "goodbye"


@pytest.mark.parametrize("text", ["salam khouya", "khouya salam", "وا السلام", "wa salam a khti", "salam, merci, salam", "bonjour, salut"])
def test_greetings_and_addresses_alone_close_nothing(text: str) -> None:
    assert not closes_with_salutation(lemmas(text))


def test_goodbye_needs_among_the_first_readings() -> None:
    ranked = scored(("thank", 0.5), ("out_of_scope", 0.2), ("affirm", 0.1), ("goodbye", 0.05))
    assert rerank(lemmas("شكرا على كل شيء، سلام"), ranked) == ranked
