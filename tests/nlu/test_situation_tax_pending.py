"""A regime applied for and not yet granted, or refused, is not held ("j'attends ma carte d'auto-entrepreneur", "ma
demande d'AE est en cours", "on m'a refusé le statut"); one lost, expired or suspended is left, none now."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'attends toujours ma carte d'auto-entrepreneur, combien je paierai d'amo ?",
        "ma demande d'auto-entrepreneur est encore à l'étude, l'amo coûte combien ?",
        "j'ai déposé mon dossier d'auto-entrepreneur à Barid, combien pour la cnss ?",
        "je suis en train de m'inscrire au forfait, quelle cotisation ?",
        "on m'a refusé le statut d'auto-entrepreneur, combien l'amo ?",
    ],
)
def test_a_regime_applied_for_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    "text",
    [
        "j'ai perdu mon statut d'auto-entrepreneur l'an dernier, combien l'amo ?",
        "mon statut d'AE a expiré, je paie combien pour la cnss ?",
        "ma CPU est suspendue depuis la fermeture, combien l'amo ?",
    ],
)
def test_a_regime_lost_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("ma carte d'auto-entrepreneur expire le mois prochain, combien l'amo ?", "auto_entrepreneur"),
        ("j'ai une demande de renseignement, je suis au forfait", "cpu"),
        ("je suis au forfait mais j'ai perdu ma carte cnss, que faire ?", "cpu"),
    ],
)
def test_a_request_or_a_loss_of_something_else_leaves_the_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
