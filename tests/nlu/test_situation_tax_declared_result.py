"""Declaring one's result ("déclaration de résultat", "je déclare mon résultat") is declaring profits: accounts
(shared/DOMAIN.md §2; the CPU pays a fixed sum, the auto-entrepreneur a rate of the turnover)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "chaque année je dépose ma déclaration de résultat, combien l'amo ?",
        "je fais la déclaration de mon résultat fiscal chaque année, quelle cotisation ?",
        "je declare mes resultats a la dgi chaque annee, cb l'amo",
    ],
)
def test_a_declared_result_is_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


def test_a_result_without_a_declaration_names_nothing(reader: SituationReader) -> None:
    assert read(reader, "quel est le résultat de ma demande d'amo ?").get("tax_situation") is None
