"""A regime right after its holders named in general ("ceux qui sont au forfait", "li f l'auto kaykhelsso", "اللي
عندهم المحاسبة", "الخاضعين للنظام الجزافي") is other people's: the writer states no regime of their own."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ceux qui sont au forfait paient combien pour l'amo ?",
        "les artisans, ceux de la contribution professionnelle unique, ils cotisent combien ?",
        "lli f lforfait kaykhelso chhal f amo?",
        "wach li 3ndhom lcomptable kaykhelsso ktar f amo?",
        "اللي عندهم الكونطابل شحال كيخلصو فلامو؟",
        "كم يدفع الخاضعين للنظام الجزافي للتأمين عن المرض؟",
        "واش الناس اللي فالمقاول الذاتي كيتسجلو فلامو بوحدهم؟",
        # Holders named by what they pay.
        "on m'a dit que l'amo c'est pour ceux qui paient la CPU seulement, c'est vrai ?",
        "واش لامو غير للناس اللي كيخلصو السي بي يو؟",
    ],
)
def test_a_regime_of_holders_in_general_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("ana f lforfait, chhal l amo?", "cpu"),
        ("أنا عندي الكونطابل كيدير ليا الحسابات، شحال لامو؟", "accounts"),
        # Holders named by what they pay, then the writer's own nothing.
        ("c koi l'AMO ? on m'a dit que c pour ceux qui paient la CPU seulement, moi je paie rien du tout", "none"),
        ("lamo ghir l li kaykhelsso cpu? ana ma kankhelles walo", "none"),
        # "who" alone takes up the relative the message is written for.
        ("أمي التي تؤدي المساهمة المهنية الموحدة، كيف تحصل على البطاقة؟", "cpu"),
    ],
)
def test_the_writers_own_regime_stays(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
