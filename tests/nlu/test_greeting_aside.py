"""A greeting whose tail only names the reader or the time of day is a greeting (nlu/greeting_aside.py): "مساء
الخير يا مساعد" read ask_help, "صباح الخير، كيف حالك اليوم؟" out of scope. The sentences are in no training or
held-out file.
"""

import pytest

from nlu.greeting_aside import greets_only, rerank
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "صباح النور أيها المساعد",
        "أهلا بك يا مساعد",
        "مساء الخير، كيف حالكم اليوم؟",
        "السلام عليكم ورحمة الله وبركاته أيها المساعد الكريم",
        "مرحبا يا صديقي، كيف الحال اليوم؟",
    ],
)
def test_a_greeting_naming_the_reader_or_the_day_is_a_greeting(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


# A tail with any other word keeps its own reading: help asked, a registration wished, the bot questioned.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("صباح الخير، مساعدة من فضلك", "ask_help"),
        ("مساء الخير، أريد التسجيل اليوم في السجل الوطني", "rna_apply"),
        ("صباح الخير، هل أنت روبوت؟", "bot_challenge"),
    ],
)
def test_a_tail_that_asks_keeps_its_reading(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


def test_only_a_greeting_and_aside_words_count() -> None:
    assert greets_only(lemmas("مساء الخير يا مساعد"))
    assert not greets_only(lemmas("يا مساعد"))
    assert not greets_only(lemmas("مساء الخير، اليوم أريد قرضا"))
    assert rerank(lemmas("مساء الخير يا مساعد"), ranking("ask_help", "greet"))[0]["name"] == "greet"
