"""A message whose every word carries a glued Arabic conjunction or preposition ("وشكرا", "فبالتأكيد") is read: the
words are known once the prefix is taken off, so the classifier's confidence stands instead of being set to zero."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from nlu.glued_words import knows_a_stem
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import TOKENIZER

VOCABULARY = {"شكرا", "بالتأكيد", "التوفيق", "اللقاء"}


@pytest.mark.parametrize("lemmas", [["وشكرا"], ["احسنتم", "فبالتأكيد"], ["وبالتوفيق"], ["وبالتأكيد"]])
def test_a_known_word_under_a_glued_prefix_is_known(lemmas: list[str]) -> None:
    assert knows_a_stem(lemmas, VOCABULARY)


@pytest.mark.parametrize(
    "lemmas",
    [
        ["شكرا"],  # the word itself: the classifier's own vocabulary check answers for it
        ["زورغلوب"],
        ["وشك"],  # too short a stem once "و" is off
        ["merci"],  # a Latin word has no Arabic prefix
    ],
)
def test_no_prefix_or_no_known_stem_is_not(lemmas: list[str]) -> None:
    assert not knows_a_stem(lemmas, VOCABULARY)


def confidence(classifier: TfidfIntentClassifier, text: str) -> tuple[str, float]:
    """The classifier's intent and confidence for a text."""
    message = Message(data={"text": text})
    TOKENIZER.process([message])
    classifier.process([message])
    return message.get("intent")["name"], message.get("intent")["confidence"]


@pytest.mark.parametrize(
    ("text", "expected"), [("وشكرا", "thank"), ("فشكرا", "thank"), ("فبالتأكيد", "affirm")]
)
def test_glued_words_keep_their_confidence(
    classifier: TfidfIntentClassifier, text: str, expected: str
) -> None:
    name, score = confidence(classifier, text)
    assert name == expected
    assert score > 0.2


@pytest.mark.parametrize("text", ["زورغلوب فلمبو", "بلبلوب"])
def test_words_never_seen_still_get_no_confidence(classifier: TfidfIntentClassifier, text: str) -> None:
    assert confidence(classifier, text)[1] == 0.0
