"""Tax stopped, with no regime named: the stop's object is the tax itself ("j'ai arrêté de payer les impôts",
"radiée des impôts", "sorti du fisc", "fermé mon dossier aux impôts") or nothing is paid any more ("je ne paie plus
rien"): none now, as a regime stopped is."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'ai arrêté de payer les impôts l'an dernier, l'amo me coûte combien ?",
        "radié des impots depuis 2022, combien pour la cnss ?",
        "je suis sortie du fisc quand j'ai fermé la boutique, combien l'amo",
        "j'ai clôturé mon dossier aux impôts, c'est combien l'assurance maladie ?",
        "je ne paie plus rien, c'est combien l'amo pour moi ?",
    ],
)
def test_tax_stopped_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_work_stopped_while_taxes_are_paid_is_not_none(reader: SituationReader) -> None:
    text = "j'ai arrêté de travailler le cuir mais je paie encore mes impôts, la retraite c'est comment ?"
    assert read(reader, text).get("tax_situation") != "none"
