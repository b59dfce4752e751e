"""A regime followed by a doubt that closes its sentence ("je suis à la CPU mais pas sûr du tout") is not stated:
the writer takes it back (nlu.situation_tax.in_doubt). A doubt about something else keeps the regime."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je pense que je suis au forfait mais je suis pas sûr, combien pour l'amo ?",
        "je suis auto-entrepreneur je crois, pas sûre du tout. l'amo coûte combien ?",
        "ana f cpu walakin machi mt2aked, ch7al l'amo?",
        "أنا فالسيبيو ولكن ما متأكدش، شحال الأمو؟",
        "أظن أنني خاضع للمساهمة المهنية الموحدة لكنني لست متأكدا تماما، كم سأدفع؟",
    ],
)
def test_a_regime_taken_back_by_a_doubt_is_not_stated(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis à la CPU, pas sûr du montant de l'AMO par contre", "cpu"),
        ("je suis auto-entrepreneur et je suis pas sur de pouvoir payer l'amo", "auto_entrepreneur"),
        ("ana 3ndi comptable, machi mt2aked mn lprix dyal amo", "accounts"),
    ],
)
def test_a_doubt_about_something_else_keeps_the_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        # "Maybe" before the regime, "I don't remember any more" after it.
        "peut-être que je suis au forfait, combien l'amo ?",
        "je suis peut-être auto-entrepreneur, mon fils a tout fait",
        "ربما أنا خاضع للمساهمة المهنية الموحدة، كم أدفع؟",
        "ana f auto entrepreneur, ma b9itch 3a9el mzyan",
        "j'étais... non je suis au réel, je sais plus",
    ],
)
def test_maybe_and_no_longer_remembering_state_no_regime(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
