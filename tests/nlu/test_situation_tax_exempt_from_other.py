"""An exemption from something other than tax (the AMO, fees, registering) states no tax situation; an exemption
from tax, or one that names nothing, is still none (nlu/situation_exempt_from.py)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "أنا معفى من التأمين لأنني مسجل مع زوجتي، كم سأدفع؟",
        "معفية من الاشتراك لأن زوجي يؤدي عني، هل أحتاج أن أسجل؟",
        "هل الحرفي المسن معفى من رسوم التسجيل في السجل الوطني؟",
        "أنا غير ملزم بالتسجيل في السجل التجاري، كم أدفع للتأمين؟",
        "ana m3fi mn l'amo 7it mrid, ch7al nkhelles",
        "je suis exonérée des frais, combien l'amo ?",
        "je suis exonérée de la cotisation car ma fille paie pour moi ?",
        "أنا معفى من الخدمة العسكرية، كم ندفع لامو",
    ],
)
def test_an_exemption_from_something_else_holds_no_regime(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("أنا معفى من الضريبة، كم سأدفع للتأمين؟", "none"),
        ("أنا معفى من أداء الضرائب كم أدفع", "none"),
        ("معفى من الباتانتا، شحال نخلص", "none"),
        ("je suis exonéré, combien l'amo ?", "none"),
        ("هل أنا معفى من رسوم التسجيل؟ أنا أؤدي المساهمة المهنية الموحدة", "cpu"),
    ],
)
def test_an_exemption_from_tax_or_from_nothing_named_is_still_read(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
