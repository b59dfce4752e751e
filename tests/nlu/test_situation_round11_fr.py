"""Round 11 (French, fourth hand): working on one's own account for years is a running business, not a start."""

import datetime as dt

import pytest

from nlu.lexicon_extractor import message_words
from nlu.situation import SituationReader, load_cues

TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def reader() -> SituationReader:
    return SituationReader(load_cues())


def read(reader: SituationReader, text: str) -> dict[str, str]:
    return {f.entity: f.value for f in reader.read(text, message_words(text), TODAY)}


@pytest.mark.parametrize(
    "text",
    [
        "je travaille à mon compte depuis 5 ans, je veux un crédit",
        "a mon compte depuis 2019 dans la poterie, y a un pret ?",
        "j'ai mon propre atelier depuis dix ans, quel financement ?",
    ],
)
def test_own_account_for_years_is_no_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") != "start"


@pytest.mark.parametrize(
    "text",
    [
        "je veux me mettre à mon compte, il y a un crédit ?",
        "je voudrais travailler à mon compte, quel financement ?",
    ],
)
def test_own_account_without_years_still_starts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"
