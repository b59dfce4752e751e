"""A greeting opening a message says nothing of its topic: the classifier reads the question after it
("salam khouya bghit ntsjel" registers); a greeting alone still greets."""

import pytest

from nlu.greeting import without_greeting
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    ("lemmas", "kept"),
    [
        (["salam", "khouya", "bghit", "ntsjel"], ["bghit", "ntsjel"]),
        (["السلام", "عليكم", "ورحمه", "الله", "اريد", "التسجيل"], ["اريد", "التسجيل"]),
        (["bonjour", "madame", "je", "voudrais"], ["je", "voudrais"]),
        # Asking after one's health is part of it; "how" alone is the question.
        (["مرحبا", "كيف", "حالك", "اريد", "التسجيل"], ["اريد", "التسجيل"]),
        (["مرحبا", "كيف", "اسجل"], ["كيف", "اسجل"]),
        # Alone, it stays; a word of greeting later in the message is not an opening.
        (["salam", "khouya", "labas", "3lik"], ["salam", "khouya", "labas", "3lik"]),
        (["merci", "et", "bonsoir"], ["merci", "et", "bonsoir"]),
    ],
)
def test_an_opening_greeting_is_left_out(lemmas: list[str], kept: list[str]) -> None:
    assert without_greeting(lemmas) == kept


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("salam khouya bghit ntsjel", "rna_apply"),
        ("السلام عليكم أخي أريد التسجيل", "rna_apply"),
        ("bonjour monsieur, j'ai une question sur le financement", "financing"),
        ("salam 3likom a sidi, wach kayn chi tamwil", "financing"),
        ("السلام عليكم خويا عندي سؤال على التغطية الصحية", "amo_info"),
        ("salam khouya labas 3lik", "greet"),
        ("bonsoir tout le monde", "greet"),
    ],
)
def test_the_question_after_a_greeting_is_the_intent(
    classifier: TfidfIntentClassifier, text: str, wanted: str
) -> None:
    assert intent(classifier, text) == wanted
