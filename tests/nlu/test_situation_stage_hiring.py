"""Workers, had or to hire, say grow only when no other word says a stage: a starter hires too ("je lance mon atelier,
je compte embaucher 2 ouvriers", "أفتح أول ورشة وأنوي توظيف عاملين"), as a starter buys machines (nlu/situation.py,
STAGE_PRIORITY)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je lance mon atelier de couture et je vais recruter deux ouvrières, quel prêt ?",
        "j'ouvre un atelier de poterie (8 ouvriers au départ), quel financement ?",
        "سأفتح ورشة للنجارة وأنوي توظيف ثلاثة عمال، ما هو التمويل المتاح؟",
        "في مرحلة الانطلاق أحتاج إلى تشغيل العمال، هل يوجد قرض؟",
    ],
)
def test_hiring_when_starting_is_starting(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "je voudrais embaucher deux ouvriers dans mon atelier, quel financement ?",
        "أريد توظيف عمال في ورشتي، هل يوجد تمويل؟",
        # Darija "to employ workers" (round 33's blind batch)
        "الخدمة ديالي ماشية مزيان وبغيت نشغل خدامة جداد، واش كاين شي قرض؟",
        "bghit nchghl khddama f l'atelier, kayn chi tamwil?",
        "je veux agrandir l'atelier et recruter, je lance une nouvelle gamme",
    ],
)
def test_hiring_alone_or_with_growth_is_growing(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"
