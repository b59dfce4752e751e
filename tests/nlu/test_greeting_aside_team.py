"""A greeting to the team, named by its name ("تحياتي إلى فريق المساعدة", "مرحبا فريق الدعم"), is a greeting
(nlu/greeting_aside.py): the team's name "المساعدة" made it read ask_help. The sentences are in no training or
held-out file.
"""

import pytest

from nlu.greeting_aside import greets_only
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas


@pytest.mark.parametrize(
    "text",
    ["تحياتي لفريق المساعدة", "مرحبا يا فريق المساعدة", "صباح الخير إلى فريق الدعم", "السلام عليكم فريق المساعدة"],
)
def test_a_greeting_to_the_team_is_a_greeting(classifier: TfidfIntentClassifier, text: str) -> None:
    assert greets_only(lemmas(text))
    assert intent(classifier, text) == "greet"


# Anything beside the team's name keeps its own reading: a person asked for, a registration wished.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("السلام عليكم فريق المساعدة، أريد التحدث مع موظف", "human_handoff"),
        ("صباح الخير فريق الدعم، أريد التسجيل في السجل الآن", "rna_apply"),
    ],
)
def test_a_request_to_the_team_keeps_its_reading(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert not greets_only(lemmas(text))
    assert intent(classifier, text) == expected
