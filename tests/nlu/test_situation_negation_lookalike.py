"""Words that begin like a negation and negate nothing: "still" ("لا أزال", "ما زلت", "ma zal") and "since", "also"
("بما أني", "كما أنني"): a regime after them is held, not denied."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("لا زلت أؤدي المساهمة المهنية الموحدة، كم اشتراكي في التأمين الصحي؟", "cpu"),
        ("ما زلت مقاولا ذاتيا إلى اليوم، كيف أنخرط في الضمان الاجتماعي؟", "auto_entrepreneur"),
        ("لا يزال عندي نظام المقاول الذاتي، شحال خاصني نخلص؟", "auto_entrepreneur"),
        ("ma zal f cpu, ch7al amo dyali?", "cpu"),
        ("بما أنني خاضع للنتيجة الصافية الحقيقية، هل أدفع أكثر للتأمين الصحي؟", "accounts"),
        ("بما اني فالمقاول الذاتي، واش نقدر ناخد قرض؟", "auto_entrepreneur"),
        ("كما أنني مقاول ذاتي منذ سنتين، فكم أدفع للتغطية الصحية؟", "auto_entrepreneur"),
    ],
)
def test_still_and_since_deny_no_regime(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        # The negation after "still" still negates: "ما زلت لم أسجل في أي نظام ضريبي".
        "ما زلت لم أسجل في أي نظام ضريبي، كم أدفع للتأمين الصحي؟",
        "مازال ما عندي حتى ضريبة، شحال الأمو؟",
    ],
)
def test_a_negation_after_still_still_denies(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # "And still" starts a clause of its own: the Darija negation after it denies the registering, not the regime.
        ("عندي المساهمة المهنية الموحدة ومازال ماتسجلتش فلامو، شنو الخطوات؟", "cpu"),
        ("أنا أوطو أونتروبرونور و باقي ماعرفتش كيفاش ندخل للأمو", "auto_entrepreneur"),
        ("cpu w mazal ma tsjltch f lamo", "cpu"),
        # Without it, the negation after the regime denies it.
        ("الضريبة ماكنخلصهاش، شحال لامو؟", "none"),
    ],
)
def test_a_negation_after_and_still_leaves_the_regime(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
