"""A regime the writer means to take ("mon idée c'est de prendre le statut auto-entrepreneur", "je pense prendre la
CPU l'année prochaine", "je prendrai le statut AE") is planned, not held (the intend cues, nlu.situation_tax.planned);
a regime held beside a plan for something else is kept."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Mon idée c'est de prendre le statut auto-entrepreneur après le ramadan, combien l'AMO ?",
        "Je pense prendre la CPU l'année prochaine, combien je paierai d'AMO ?",
        "L'année prochaine je prendrai le statut AE, l'AMO ce sera combien ?",
        "j'ai l'intention de passer à la CPU l'an prochain, l'amo coûtera combien ?",
        "mon plan c'est de devenir auto-entrepreneur en septembre, combien pour l'amo",
    ],
)
def test_a_regime_meant_to_be_taken_is_not_held(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


def test_a_regime_held_beside_another_plan_is_kept(reader) -> None:
    text = "je suis à la CPU, mon idée c'est de prendre un crédit pour un four, combien l'amo ?"
    assert read(reader, text).get("tax_situation") == "cpu"


@pytest.mark.parametrize(
    "text",
    [
        "je vais bientôt ouvrir mon atelier et prendre le statut auto-entrepreneur, quel crédit ?",
        "je pense acheter une machine et prendre le statut AE l'année prochaine, l'amo c'est combien ?",
        "pour prendre la CPU il faut aller où ? et l'amo coûte combien ?",
    ],
)
def test_a_regime_to_take_after_another_act_is_not_held(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


def test_a_regime_held_beside_a_planned_act_is_kept(reader) -> None:
    assert read(reader, "je vais ouvrir un deuxième atelier et je suis auto-entrepreneur, quel crédit ?").get(
        "tax_situation"
    ) == "auto_entrepreneur"
