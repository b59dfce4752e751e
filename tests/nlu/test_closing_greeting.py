"""A greeting word closing a message after what the writer had to say takes leave: a goodbye (nlu/closing_greeting.py).
"حان وقت العودة إلى الورشة، سلام" read greet. Nothing is learned: the classifier is trained as before (the
`classifier` fixture of conftest.py), only its reading changes. The sentences are in no training or held-out file.
"""

import pytest

from nlu.closing_greeting import closes_with_greeting, rerank
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, scored


@pytest.mark.parametrize(
    "text",
    [
        "لقد فهمت كل شيء، سلام",
        "الوقت متأخر وعلي أن أنام، سلام",
        "ok c bon pour moi, salam",
        "c'est bon j'ai compris, salut",
        "merci pour tout, salam",
    ],
)
def test_a_greeting_word_closing_a_message_is_a_goodbye(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "goodbye"


@pytest.mark.parametrize("text", ["wsh labas, salam", "وا السلام", "مرحبا، أنا فاطمة من فاس، سلام", "السلام عليكم"])
def test_greetings_stay_greetings(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


@pytest.mark.parametrize(
    "text",
    ["سلام، كيف حالك", "salam khouya", "safi, salam", "مرحبا، فهمت، سلام", "السلام عليكم، أريد التسجيل"],
)
def test_a_greeting_that_opens_or_closes_too_little_is_no_closing(text: str) -> None:
    assert not closes_with_greeting(lemmas(text))


def test_goodbye_far_down_the_ranking_changes_nothing() -> None:
    ranked = scored(("greet", 0.6), ("deny", 0.2), ("affirm", 0.1), ("goodbye", 0.05))
    assert rerank(lemmas("safi hadchi li bghit, salam"), ranked) == ranked


def test_only_greetings_and_thanks_are_read_again() -> None:
    ranked = scored(("rna_register_how", 0.8), ("goodbye", 0.1))
    assert rerank(lemmas("كيف أسجل في السجل الوطني، سلام"), ranked) == ranked
