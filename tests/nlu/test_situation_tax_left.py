"""A regime said to be left with "no longer" just before it ("je ne suis plus auto-entrepreneur", "je ne paie plus
la CPU") is not held: with no other regime named, the writer pays no tax. So is a regime closed or cancelled ("sadditha,
daba walou", "ألغيت التسجيل")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("je ne suis plus auto-entrepreneur depuis l'été, combien pour l'amo ?", "none"),
        ("je ne paie plus la contribution professionnelle unique, l'amo c'est combien ?", "none"),
        # Another regime named instead is held.
        ("je ne suis plus au forfait, maintenant j'ai un comptable, combien l'amo ?", "accounts"),
    ],
)
def test_a_regime_no_longer_held_is_left(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    "text",
    [
        "kont auto-entrepreneur walakin sadditha, daba walou, ch7al amo?",
        "kan 3ndi lforfait w 9feltou, daba walu, amo chhal?",
        "كنت مقاولا ذاتيا ثم ألغيت التسجيل، كم أدفع الآن؟",
        # Darija's "stopped" (حبس) with its consonants doubled, as Arabizi often writes them.
        "kan 3ndi l cpu w 7bbstha l3am li fat, chhal amo?",
        "kont f l'auto-entrepreneur o 7bsst, ch7al ghadi nkhelles l amo?",
    ],
)
def test_a_regime_closed_or_cancelled_is_no_tax_now(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("je paie un impôt fixe chaque année, combien la cotisation amo ?", "cpu"),
        ("une taxe fixe tous les ans aux impôts, c'est tout ce que je paie", "cpu"),
        ("je tiens des livres de compte pour mon atelier, l'amo coûte combien ?", "accounts"),
    ],
)
def test_a_fixed_tax_is_the_cpu_and_account_books_are_accounts(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    "text",
    [
        # Darija's other "stopped" (وقف), with "and" glued on or not.
        "kont f lforfait w w9eftou, ch7al amo daba?",
        "كان عندي المقاول الذاتي ووقفتو العام اللي فات، شحال لامو؟",
        "كنت فالجزافي وقفتها هادي عامين، كيفاش نتسجل فلامو؟",
    ],
)
def test_a_regime_stopped_in_darija_is_no_tax_now(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
