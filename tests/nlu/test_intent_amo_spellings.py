"""AMO said the French way in Arabic letters ("لامو", "لاماو", "الأمو"): every spelling carries the word "amo" to the
intent classifier, so that one never seen in training still reads as AMO (nlu/intent_classifier.py)."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from nlu.intent_classifier import documents
from tests.nlu.classifier_training import TOKENIZER


def words(text: str) -> list[str]:
    """The words the classifier reads in a text."""
    message = Message(data={"text": text})
    TOKENIZER.process([message])
    return documents(message)[0].split()


@pytest.mark.parametrize(
    "text",
    ["شنو كتغطي لاماو", "الأمو بشحال", "فلاماو واش داخلين الولاد", "لآمو ديال الصناع", "بلامو", "والاماو؟", "للامو"],
)
def test_an_arabic_spelling_of_amo_reads_as_amo(text: str) -> None:
    assert "amo" in words(text)


# Words that only look like it: "الأمور" (matters), "لاما" (why not), "الأم" (the mother), "لامي" (my mother).
@pytest.mark.parametrize("text", ["الأمور مزيانة", "لاما لا", "الأم ديالي", "لامي مريضة", "ماو"])
def test_words_that_look_like_amo_do_not(text: str) -> None:
    assert "amo" not in words(text)
