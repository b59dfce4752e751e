"""After a greeting, a tie followed by the writer's own "I" is said to the reader ("salam khti bghit n3ref…"); a tie
followed by what that person does or wants is still the person the message is for ("salam khti bghat ttsjel")."""

import pytest

from nlu.lexicon import message_words
from nlu.on_behalf import OnBehalfReader, load_cues


@pytest.fixture(scope="module")
def reader() -> OnBehalfReader:
    return OnBehalfReader(load_cues())


def read(reader: OnBehalfReader, text: str) -> str | None:
    found = reader.read(message_words(text), (), text)
    return found.value if found else None


@pytest.mark.parametrize(
    "text",
    [
        "salam khti bghit n3ref l amo",
        "slm khoya kifach nakhod la carte",
        "salam alikom khti bghit n3ref kifach nakhod lcarte",
        "السلام عليكم خويا عندي سؤال على التغطية الصحية",
        "السلام عليكم أختي أريد أن أعرف ثمن التأمين",
        "bonjour ma soeur je voudrais savoir les papiers",
        "salam khouya kanswel 3la l'amo",
    ],
)
def test_a_tie_after_a_greeting_then_the_writers_i_is_an_address(reader: OnBehalfReader, text: str) -> None:
    assert read(reader, text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("salam khti bghat ttsjel f sijil", "sibling"),
        ("السلام عليكم أختي تريد التسجيل في السجل", "sibling"),
        ("bonjour, ma soeur voudrait s'inscrire", "sibling"),
        ("salam, bghit nsjel khti", "sibling"),
    ],
)
def test_a_tie_after_a_greeting_then_what_they_do_is_still_read(
    reader: OnBehalfReader, text: str, value: str
) -> None:
    assert read(reader, text) == value
