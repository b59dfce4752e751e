"""Regimes denied one by one ("ni CPU ni auto-entrepreneur", "la cpu la AE", "لا سي بي يو لا مقاول ذاتي"), or a
denied regime closed by "nothing", say the writer holds no regime: none. A regime denied alone asks."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ni forfait ni auto entrepreneur, je suis brodeuse chez moi, l'amo ça coûte combien ?",
        "la forfait la auto-entrepreneur, bch7al l amo?",
        "لا الجزافي لا المقاول الذاتي، شحال خاصني نخلص فلامو؟",
        "لا مساهمة مهنية موحدة ولا مقاول ذاتي، كم أدفع للتأمين الصحي؟",
        "machi auto entrepreneur, walo, chhal l amo?",
    ],
)
def test_regimes_denied_one_by_one_are_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # A choice between two regimes holds none and denies none.
        ("cpu wla auto entrepreneur, ach7sen l amo?", None),
        # One regime denied, another held.
        ("ni auto-entrepreneur ni rien de ça, je suis au forfait, combien l'amo ?", "cpu"),
    ],
)
def test_a_choice_or_a_regime_held_is_not_denied(reader: SituationReader, text: str, regime: str | None) -> None:
    assert read(reader, text).get("tax_situation") == regime
