"""The auto-entrepreneur's name cut short as people type it ("statut autoentrep", "auto-entr", "je suis autoentr
depuis 2023") is the auto-entrepreneur (nlu/situation_cues.yml); "auto" alone elsewhere may be a car."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "statut autoentrep, brodeuse a la maison, combien l amo par mois",
        "statut auto entrep. AMO combien ?",
        "moi c'est auto entr, l'amo c'est combien",
        "je suis autoentr depuis 2023, combien pour l'amo",
        "auto-entrep depuis 2 ans, amo combien svp",
        "inscrite en auto entrepr l'an dernier, je paie combien pour l'amo ?",
    ],
)
def test_a_truncated_auto_entrepreneur_is_read(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


def test_a_car_is_no_regime(reader) -> None:
    assert "tax_situation" not in read(reader, "je répare les autos, combien je paie pour l'amo ?")
