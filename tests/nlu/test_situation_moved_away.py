"""A rural place the writer left is no rural stage (nlu.situation_moved_away): who came down from the douar to a town
and opens a shop there is starting."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "هبطت من الدوار للرشيدية هاد العام، بغيت نفتح محل صغير ديال الخياطة، شي قرض؟",
        "جيت من العروبية لكازا وبغيت نحل حانوت ديال الخياطة",
        "kont sakna f douar w daba f fes, bghit n7el atelier dyal tarz",
        "je suis venue du bled à Fès, je veux ouvrir un atelier de couture, quel crédit ?",
    ],
)
def test_a_place_left_gives_way_to_the_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "ana saken f douar w bghit n7el atelier, kayn chi tamwil?",
        "ساكنة فالدوار وبغيت نحل ورشة ديال الزرابي، كاين شي دعم؟",
    ],
)
def test_a_place_lived_in_stays_rural(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "rural"
