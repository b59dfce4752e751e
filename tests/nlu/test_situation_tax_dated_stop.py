"""A stop said with its date before the regime it stops ("radiée depuis mars de l'auto-entreprise", "j'ai fermé en
2022 mon auto-entreprise"): the date's words do not take the regime out of the stop's reach
(nlu/situation_time_between.py). Left with none other named, none; another regime held now wins."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'ai fermé en 2022 mon auto-entreprise, combien l'amo maintenant ?",
        "J'ai arrêté il y a deux ans la CPU, je paie combien pour l'AMO ?",
        "radié depuis le mois de janvier du statut d'auto-entrepreneur, l'amo c'est combien ?",
        "j'ai quitté l'été dernier la contribution professionnelle unique, et la retraite ?",
        "Radiée depuis octobre de l'AE, je ne déclare plus rien. Combien pour l'AMO ?",
    ],
)
def test_a_regime_stopped_at_a_date_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("J'ai clôturé en avril 2023 mon statut d'AE et depuis je suis au réel. Combien l'AMO ?", "accounts"),
        ("J'ai arrêté depuis longtemps de travailler pour un patron, je suis à la CPU. Combien l'AMO ?", "cpu"),
        ("j'ai fermé l'atelier en 2020, mais je suis toujours auto-entrepreneur, combien l'amo ?", "auto_entrepreneur"),
    ],
)
def test_a_stop_of_something_else_leaves_the_regime_held(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
