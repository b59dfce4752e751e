"""Politeness words ("stp", "svp", "please") do not decide the intent: "inscription stp" asks about registering."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from hirfa.politeness import without_politeness
from nlu.entity_answer import FILLERS
from nlu.intent_classifier import documents
from nlu.tokenizer import NormalisingTokenizer


def tokenized(text: str) -> Message:
    message = Message(data={"text": text})
    NormalisingTokenizer(NormalisingTokenizer.get_default_config()).process([message])
    return message


@pytest.mark.parametrize(
    ("polite", "plain"),
    [
        ("inscription stp", "inscription"),
        ("les papiers svp", "les papiers"),
        ("carte artisan s'il vous plaît", "carte artisan s'il vous"),
        ("pls la retraite", "la retraite"),
        ("STP où est la chambre", "où est la chambre"),
        ("amo combien plz", "amo combien"),
    ],
)
def test_a_politeness_word_adds_nothing_to_what_the_classifier_reads(polite: str, plain: str) -> None:
    assert documents(tokenized(polite)) == documents(tokenized(plain))


@pytest.mark.parametrize("text", ["svp", "stp ?", "please"])
def test_a_message_of_politeness_alone_keeps_its_words(text: str) -> None:
    assert documents(tokenized(text))[1]


@pytest.mark.parametrize("word", ["merci", "3afak", "الله"])
def test_thanks_and_darija_blessings_stay_for_the_classifier(word: str) -> None:
    assert without_politeness([word, "carte"]) == [word, "carte"]


@pytest.mark.parametrize("word", ["svp", "stp", "3afak", "عافاك", "فضلك"])
def test_every_politeness_word_may_stand_around_a_lone_name(word: str) -> None:
    assert word in FILLERS
