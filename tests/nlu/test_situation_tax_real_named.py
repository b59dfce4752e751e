"""Keeping accounts named "réel" as what the regime is ("mon régime c'est le réel", "mon régime fiscal est le réel",
"statut fiscal : réel") or as what one chose ("j'ai opté pour le réel"): alone, "réel" is "real" and names nothing."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "mon régime c'est le réel, combien je paie pour l'amo ?",
        "mon regime fiscal est le reel depuis 2021, amo cb ?",
        "statut fiscal : réel. la retraite c'est comment ?",
        "j'ai opté pour le réel il y a deux ans, combien l'amo ?",
    ],
)
def test_real_named_as_the_regime_is_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


@pytest.mark.parametrize(
    "text",
    [
        "un cas réel : je suis au forfait, combien l'amo ?",
        "je n'ai pas choisi le réel, je ne paie aucun impôt, combien l'amo ?",
    ],
)
def test_real_elsewhere_names_no_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") != "accounts"
