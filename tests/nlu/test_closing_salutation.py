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
        "لقد فهمت كل شيء، سلام",
        "الوقت متأخر وعلي أن أنام، سلام",
        "ok c bon pour moi, salam",
        "c'est bon j'ai compris, salut",
        "merci pour tout, salam",
    ],
)
def test_a_closing_salutation_is_a_goodbye(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "goodbye"


@pytest.mark.parametrize("text", ["بغيت نتسجل فالسجل، سلام", "salam", "salam, bghit ntsjel", "wach kayn chi 7ed? salam", "ana fatima mn fes, salam"])
def test_a_request_or_an_opening_greeting_stays(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) != "goodbye"


@pytest.mark.parametrize("text", ["wsh labas, salam", "وا السلام", "مرحبا، أنا فاطمة من فاس، سلام", "السلام عليكم"])
def test_greetings_stay_greetings(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


@pytest.mark.parametrize(
    "text",
    [
        "salam khouya",
        "khouya salam",
        "وا السلام",
        "wa salam a khti",
        "salam, merci, salam",
        "bonjour, salut",
        "سلام، كيف حالك",
        "مرحبا، فهمت، سلام",
        "السلام عليكم، أريد التسجيل",
    ],
)
def test_greetings_and_addresses_alone_close_nothing(text: str) -> None:
    assert not closes_with_salutation(lemmas(text))


def test_a_salutation_with_its_and_glued_on_closes() -> None:
    assert closes_with_salutation(lemmas("هذا كل ما عندي والسلام"))


def test_only_greetings_and_thanks_are_read_again() -> None:
    ranked = scored(("rna_register_how", 0.8), ("goodbye", 0.1))
    assert rerank(lemmas("كيف أسجل في السجل الوطني، سلام"), ranked) == ranked


def test_goodbye_needs_among_the_first_readings() -> None:
    ranked = scored(("thank", 0.5), ("out_of_scope", 0.2), ("affirm", 0.1), ("goodbye", 0.05))
    assert rerank(lemmas("شكرا على كل شيء، سلام"), ranked) == ranked
