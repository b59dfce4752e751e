"""Round 11 (French, fourth hand): working on one's own account for years is a running business, not a start."""


import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


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
