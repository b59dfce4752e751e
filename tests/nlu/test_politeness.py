"""Politeness words are left out of what the intent classifier reads, unless they are all the message says."""

import pytest
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from hirfa.text import normalise
from nlu.entity_answer import FILLERS
from nlu.intent_classifier import documents
from nlu.politeness import POLITENESS_WORDS, has_politeness, without_politeness
from nlu.tokenizer import NormalisingTokenizer


def lemmas(text: str) -> list[str]:
    return [normalise(w) for w in text.replace("'", " ").split()]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("dkhelni l sijil allah y5alik", "dkhelni l sijil"),
        ("3afak chno lwra9", "chno lwra9"),
        ("bghit ntsjl daba afak", "bghit ntsjl daba"),
        ("عطيني الأوراق الله يخليك", "عطيني الاوراق"),
        ("عافاك فين الغرفة", "فين الغرفه"),
        ("أريد التسجيل من فضلك", "اريد التسجيل"),
        ("merci lah ykhalik", "merci"),
        ("3tini lwra9 dyal tasjil allah ykhlik", "3tini lwra9 dyal tasjil"),
    ],
)
def test_politeness_is_left_out(text: str, kept: str) -> None:
    assert without_politeness(lemmas(text)) == lemmas(kept)


@pytest.mark.parametrize("text", ["lah ykhlik", "3afak", "الله يخليك آ خويا", "allah ykhlik a khoya"])
def test_politeness_alone_is_the_message(text: str) -> None:
    assert without_politeness(lemmas(text)) == lemmas(text)


@pytest.mark.parametrize("text", ["allah ykhlik, 3awntini bzaf", "الله يخليك على هاد المعلومات", "lah ykhlik a sahbi 3la lmosa3ada"])
def test_god_keep_you_opening_a_message_thanks_and_stays(text: str) -> None:
    assert without_politeness(lemmas(text.replace(",", ""))) == lemmas(text.replace(",", ""))


@pytest.mark.parametrize(("text", "polite"), [("wa9efha 3afak", True), ("allah ykhlik", False), ("wa9efha", False)])
def test_has_politeness_tells_when_words_were_left_out(text: str, polite: bool) -> None:
    assert has_politeness(lemmas(text)) is polite


def test_the_classifier_reads_the_request_without_its_politeness() -> None:
    tokenizer = NormalisingTokenizer(NormalisingTokenizer.get_default_config())
    polite, plain = Message({TEXT: "sejjelni lah ykhlik"}), Message({TEXT: "sejjelni"})
    for message in (polite, plain):
        message.set(TOKENS_NAMES[TEXT], tokenizer.tokenize(message, TEXT))
    assert documents(polite) == documents(plain)


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


@pytest.mark.parametrize("word", ["merci", "الله"])
def test_thanks_and_a_lone_blessing_word_stay_for_the_classifier(word: str) -> None:
    assert without_politeness([word, "carte"]) == [word, "carte"]


@pytest.mark.parametrize("word", ["svp", "stp", "3afak", "عافاك", "فضلك"])
def test_every_politeness_word_may_stand_around_a_lone_name(word: str) -> None:
    assert word in FILLERS and word in POLITENESS_WORDS
