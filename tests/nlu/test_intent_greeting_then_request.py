"""A greeting, then a request, is the request; a greeting with only its own tail stays a greeting.

The classifier learns request examples opened by the training data's short greetings (nlu/greeted_examples.py).
Checked on sentences that no training or held-out file holds; only the intent classifier is trained (the
`classifier` fixture of conftest.py).
"""

import pytest

from nlu.greeted_examples import greeting_for, short_greetings
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("salam khouya bghit ntsjel", "rna_apply"),
        ("السلام عليكم أخي أريد التسجيل", "rna_apply"),
        ("bonjour monsieur, j'ai une question sur le financement", "financing"),
        ("salam 3likom a sidi, wach kayn chi tamwil", "financing"),
        ("slt khoya, ch7al ta3 lamo", "amo_cost"),
        ("السلام عليكم ورحمة الله، أريد أن أسجل في السجل الوطني", "rna_apply"),
    ],
)
def test_a_greeting_then_a_request_is_the_request(
    classifier: TfidfIntentClassifier, text: str, expected: str
) -> None:
    assert intent(classifier, text) == expected


@pytest.mark.parametrize(
    "text",
    ["salam khouya labas 3lik", "bonsoir tout le monde", "السلام عليكم ورحمة الله وبركاته", "bjr c moi sa niece qui tape"],
)
def test_a_greeting_with_its_own_tail_stays_a_greeting(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "greet"


GREETINGS = short_greetings(
    [("salam", "greet"), ("السلام عليكم", "greet"), ("salam, ana njjar mn fes hadi 10 snin", "greet"), ("ok", "affirm")]
)


def test_only_short_greet_examples_open_copies() -> None:
    assert GREETINGS == ["salam", "السلام عليكم"]


def test_a_copy_is_opened_in_the_examples_script() -> None:
    assert greeting_for("كيفاش نتسجل", "rna_register_how", GREETINGS, share=1.0) == "السلام عليكم"
    assert greeting_for("kifach ntsjel", "rna_register_how", GREETINGS, share=1.0) == "salam"


def test_conversational_examples_and_a_zero_share_get_no_copy() -> None:
    assert greeting_for("merci beaucoup", "thank", GREETINGS, share=1.0) is None
    assert greeting_for("kifach ntsjel", "rna_register_how", GREETINGS, share=0.0) is None


def test_the_share_of_copies_is_about_the_share_asked() -> None:
    texts = [f"question numero {i}" for i in range(2000)]
    copied = sum(greeting_for(t, "rna_documents", GREETINGS, share=0.25) is not None for t in texts)
    assert 400 < copied < 600
