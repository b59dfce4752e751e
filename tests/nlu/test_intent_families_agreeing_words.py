"""Agreeing in other words ("صحيح", "بالضبط", "كيما قلتي") is affirm, and the menu asked as a list of choices or
services ("اللائحة ديال الاختيارات") is ask_help: "صحيح هادشي لي قلتي" read as deny and "عطيني اللائحة ديال
الاختيارات" out of scope. Learned from examples of the kind (data/nlu/round25C) and checked on sentences that no
training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("صحيح هادشي لي قلتي", "affirm"),
        ("إيه كيما كنقول", "affirm"),
        ("وريني اللائحة ديالك", "ask_help"),
        ("الليستة ديال الحوايج لي كتدير", "ask_help"),
    ],
)
def test_agreeing_words_and_the_list_of_choices(
    classifier: TfidfIntentClassifier, text: str, expected: str
) -> None:
    assert intent(classifier, text) == expected
