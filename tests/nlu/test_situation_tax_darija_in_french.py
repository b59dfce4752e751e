"""In a message read as French, "ma" before a Darija verb in the present is Darija's negation, not "my": "salam, ma
kankhelles hta dariba, je suis brodeuse" pays no tax."""

import datetime as dt

import pytest

from nlu.lexicon import message_words
from nlu.situation import SituationReader

TODAY = dt.date(2026, 6, 1)


def read_french(reader: SituationReader, text: str) -> dict[str, str]:
    return {f.entity: f.value for f in reader.read(text, message_words(text), TODAY, (), "fr")}


@pytest.mark.parametrize(
    "text",
    [
        "bonjour, ma kankhelles hta dariba, je fais de la poterie, combien l'amo ?",
        "ma kandeclari walo, je suis tisseuse, combien je paie ?",
        "ma katkhlles hta chi impot ma mere, et moi non plus, combien l'amo ?",
    ],
)
def test_ma_before_a_darija_verb_negates(reader: SituationReader, text: str) -> None:
    assert read_french(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("ma femme paie la CPU, moi aussi, combien l'amo ?", "cpu"),
        ("ma comptabilité est tenue par un cabinet, combien l'amo ?", "accounts"),
    ],
)
def test_ma_before_a_french_word_is_my(reader: SituationReader, text: str, tax: str) -> None:
    assert read_french(reader, text).get("tax_situation") == tax
