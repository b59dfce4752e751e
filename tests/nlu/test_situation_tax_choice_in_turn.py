"""Two regimes offered one question at a time ("AE? ou CPU?") are a choice, as "AE ou CPU ?" is: the writer holds
neither. A question mark with no "or" after it still ends the statement before it."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "moi c'est forfait ? ou auto-entrepreneur ? j'ai oublié, combien l'amo",
        "je suis au réel ?? ou bien CPU ? mon frère a fait les papiers",
        "أنا في النظام الحقيقي؟ أو مقاول ذاتي؟ نسيت، كم أدفع؟",
    ],
)
def test_regimes_offered_in_turn_hold_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_a_question_without_or_keeps_the_regime_after(reader: SituationReader) -> None:
    assert read(reader, "c'est combien l'amo ? je suis auto-entrepreneur").get("tax_situation") == "auto_entrepreneur"
