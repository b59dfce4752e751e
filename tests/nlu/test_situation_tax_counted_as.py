"""A trade "counted" among the crafts ("comptée parmi les métiers", "m7soba sina3a ta9lidiya") says nothing of the
writer's books: the words look like "compta" and "mo7asaba" (accounting) by their consonants, and are not read as them."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "la calligraphie est comptée parmi les métiers d'artisanat ?",
        "les tapis sont comptés dans l'artisanat, combien l'amo ?",
        "est ce que la couture est comptee comme un metier artisanal ?",
        "wach mikanik m7soba sina3a ta9lidiya",
        "wach nnjara m7souba mn l7iraf?",
        "lkhiyata m7sob 3liha l'amo?",
    ],
)
def test_counted_as_a_craft_keeps_no_accounts(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    ["je tiens une compta, combien l'amo ?", "3ndi lmo7asaba, ch7al l'amo?", "je suis au réel avec ma comptabilité"],
)
def test_accounting_words_still_keep_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"
