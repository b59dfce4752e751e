"""A regime left, then the present one told (nlu.situation_tax): by what is paid now after the stop ("ولكن سديتها،
ودابا كنخلص ضريبة ثابتة للقباضة كل عام": the CPU), or named after a regime put first and "I was" ("forfait kont
kankhlles…, daba SARL")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("كنت أوطو أونتروبرونور ولكن سديتها، ودابا كنخلص ضريبة ثابتة للقباضة كل عام. شحال لامو؟", "cpu"),
        ("j'étais auto-entrepreneur mais j'ai arrêté, maintenant je déclare mon chiffre d'affaires chaque trimestre", "auto_entrepreneur"),
        # Nothing told after the stop: no tax now.
        ("كنت أوطو أونتروبرونور ولكن سديتها، شحال لامو؟", "none"),
    ],
)
def test_the_present_told_after_a_regime_left(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("forfait kont kankhlles mn 2018, mn 2024 wlit f la comptabilité", "accounts"),
        ("الفورفي كنت كنخلصو حتى لعام 2023، ودابا عندي صارل مع خويا", "accounts"),
        # Not put first: the regime held now, "I was" about something else.
        ("ana f forfait, kont f l'auto-entrepreneur 9bel", "cpu"),
    ],
)
def test_a_regime_put_first_then_i_was_is_past(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # A correction of what was written: the regime after "the correct is" holds.
        ("تصحيح: كتبت أنني أؤدي المساهمة المهنية الموحدة، والصحيح أنني مقاول ذاتي. كم أدفع للتقاعد؟", "auto_entrepreneur"),
        # The real result, without "net".
        ("مقاولتي تخضع لنظام النتيجة الحقيقية، كم الاشتراك؟", "accounts"),
    ],
)
def test_a_regime_corrected_or_named_shortly(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_two_regimes_weighed_without_staying_hold_none(reader: SituationReader) -> None:
    assert "tax_situation" not in read(reader, "ما عرفتش واش ندير المقاول الذاتي ولا الفورفي")
