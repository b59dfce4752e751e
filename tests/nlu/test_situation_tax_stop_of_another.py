"""A stop said after a regime ends the regime that is its own object, not the one before it: "j'ai pris l'AE quand
j'ai quitté la CPU" holds the AE. A stop with no regime of its own still ends the regime before it."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je me suis inscrite comme auto-entrepreneuse après avoir abandonné le forfait, combien l'amo ?", "auto_entrepreneur"),
        ("je suis au réel avec une fiduciaire depuis que j'ai fermé mon auto-entreprise, l'amo c'est combien", "accounts"),
        ("أنا مقاول ذاتي منذ أن أغلقت ملف المساهمة المهنية الموحدة، كم أدفع للتأمين؟", "auto_entrepreneur"),
        # A stop with no regime of its own ends the one before it.
        ("j'étais auto-entrepreneur mais j'ai tout arrêté l'an dernier, combien l'amo ?", "none"),
    ],
)
def test_a_stop_ends_its_own_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
