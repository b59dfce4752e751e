"""Asking how the reader is, alone or with a greeting, is a greeting (nlu/how_are_you.py). "ça va ?" read affirm,
"واش راك" bot_challenge, "اهلا وسهلا، كيفكم اليوم؟" out of scope. The sentences are in no training or held-out
file.
"""

import pytest

from nlu.how_are_you import asks_how_you_are, rerank
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, scored


@pytest.mark.parametrize(
    "text",
    [
        "ça va ?",
        "Ça va bien ?",
        "coucou, tu vas bien ?",
        "wach rak",
        "واش راك",
        "wach raki bikhir a khti",
        "مرحبا، كيفكم اليوم؟",
        "السلام عليكم كيف الحال",
        "ازيك عامل ايه",
        "شلونكم",
        "كيفك انت",
        "salam kidayra",
        "مساء الخير، كيف تجري الأمور معاكم؟",
        "bonsoir, comment se passe votre journée ?",
    ],
)
def test_how_are_you_is_a_greeting(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


@pytest.mark.parametrize(
    "text",
    [
        "wach rak robot?",
        "كيف حالك مع التسجيل في السجل؟",
        "ça va coûter combien l'AMO ?",
        "comment ça va se passer pour l'inscription ?",
        "واش راك كتعرف شي حاجة على الضمان؟",
    ],
)
def test_a_how_with_a_request_is_not_small_talk(text: str) -> None:
    assert not asks_how_you_are(lemmas(text), text)


def test_a_bare_ca_va_agrees_unless_asked() -> None:
    assert not asks_how_you_are(lemmas("ça va"), "ça va")
    assert asks_how_you_are(lemmas("ça va ?"), "ça va ?")
    assert asks_how_you_are(lemmas("bonsoir ça va"), "bonsoir ça va")


def test_a_greeting_reading_is_kept_as_it_is() -> None:
    ranked = scored(("greet", 0.4), ("affirm", 0.3))
    assert rerank(lemmas("ça va ?"), "ça va ?", ranked) is ranked


def test_greet_comes_first_at_the_top_confidence() -> None:
    ranked = scored(("bot_challenge", 0.5), ("greet", 0.2), ("affirm", 0.1))
    assert rerank(lemmas("wach rak"), "wach rak", ranked) == scored(
        ("greet", 0.5), ("bot_challenge", 0.5), ("affirm", 0.1)
    )
