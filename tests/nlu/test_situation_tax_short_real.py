""""le réel" opening a message and closing its clause is accounts said short (the answer to "what is your tax
situation?"); "réel" inside a sentence is only "real"."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize("text", ["le réel, et l'amo c'est combien ?", "C'est le reel.", "moi le réel ! combien pour la cnss"])
def test_le_reel_alone_opening_the_message_is_accounts(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


@pytest.mark.parametrize("text", ["le réel souci c'est le prix de l'amo", "c'est réellement cher l'amo ?"])
def test_reel_inside_a_sentence_names_no_regime(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)
