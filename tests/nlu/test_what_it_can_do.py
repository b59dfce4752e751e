"""Asking what the assistant can do, even calling it a robot, asks for help (nlu/what_it_can_do.py): "que peut faire
ce robot pour une brodeuse ?" read bot_challenge. The sentences are in no training or held-out file.
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.what_it_can_do import asks_what_it_does, rerank
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, scored


@pytest.mark.parametrize(
    "text",
    [
        "qu'est-ce que ce robot peut faire pour un menuisier ?",
        "had robot ach kayn dir?",
        "robot hada fach yn9der y3awnni?",
        "هاد الروبو شنو يقدر يدير للصناع؟",
    ],
)
def test_what_the_robot_does_asks_for_help(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "ask_help"


@pytest.mark.parametrize(
    "text", ["واش نتا روبو؟", "t'es un robot ou une vraie personne ?", "هل أتحدث مع آلة؟", "wach nta bnadem wla robot"]
)
def test_whether_it_is_a_machine_is_still_asked(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "bot_challenge"


def test_a_question_word_alone_is_not_enough() -> None:
    assert not asks_what_it_does(lemmas("est-ce que c'est un robot qui répond ?"))


def test_only_a_bot_challenge_reading_is_read_again() -> None:
    ranked = scored(("human_handoff", 0.6), ("bot_challenge", 0.3))
    assert rerank(lemmas("un robot peut vraiment m'aider ?"), ranked) == ranked
