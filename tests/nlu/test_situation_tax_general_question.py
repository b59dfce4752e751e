"""A regime that opens a question and does what a third-person verb says ("l'auto entrepreneur kaykhelles ch7al ?",
"المقاول الذاتي كيخلص شحال؟"), or, written with its article, is followed by "how much" ("الأوطو شحال عليه؟", "la CPU
combien ?"), is named in general (nlu.situation_tax.asked_in_general); said short without an article ("AE ch7al
l'amo ?"), it is the writer's own."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "l'auto entrepreneur kaykhelles ch7al f chhar d amo?",
        "المقاول الذاتي كيخلص شحال فلامو؟",
        "lauto entrepreneur ch7al kaykhelles f l cnss?",
        "الأوطو أونطروبرونور شحال عليه ف لاموا؟",
        "la CPU combien pour l'amo ?",
        "le forfait kaykhelles ch7al d cotisation?",
    ],
)
def test_a_regime_asked_about_in_general_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("AE ch7al l'amo?", "auto_entrepreneur"),
        ("cpu, ch7al khassni nkhelles?", "cpu"),
        ("أنا المقاول الذاتي شحال خاصني نخلص؟", "auto_entrepreneur"),
        ("auto entrepreneur, ch7al l'amo dyali?", "auto_entrepreneur"),
    ],
)
def test_a_regime_said_short_is_still_the_writers(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        # MSA puts the verb first, the regime with its article after it.
        "هل يؤدي المقاول الذاتي اشتراك التأمين الصحي؟",
        "كم يدفع الخاضع للمساهمة المهنية الموحدة شهريا؟",
        # Doubt said the MSA way.
        "لا أدري هل أنا مقاول ذاتي، كم أدفع للتأمين الصحي؟",
    ],
)
def test_a_regime_asked_about_in_msa_is_not_held(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)
