"""Being outside the tax system is paying no tax: "je suis pas dans le système", "ماشي فالسيستيم"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis pas dans le système, l'amo c'est combien ?",
        "chui dans aucun systeme moi, amo c combien",
        "je travaille hors système depuis toujours, combien pour la cnss ?",
        "ana machi f systeme, ch7al amo?",
        "أنا ماشي فالسيستيم، شحال نخلص فلامو؟",
    ],
)
def test_outside_the_system_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
