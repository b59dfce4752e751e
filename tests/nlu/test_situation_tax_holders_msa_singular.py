"""A regime held by someone named in general in MSA, in the singular or with "who" ("الحرفي الذي يمسك المحاسبة", "الصانع
الذي يؤدي الضريبة الجزافية", "من يمسك المحاسبة", "كل من يؤدي…"), as the French "un artisan qui tient sa compta": a rule
asked about or a friend's claim, not the writer's regime. The writer who is one ("أنا حرفي يمسك المحاسبة", "أنا الذي
أؤدي…") holds it."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "صديقي يقول إن الحرفي الذي يمسك المحاسبة يدفع أكثر للتأمين الصحي، هل هذا صحيح؟",
        "سمعت أن الصانع الذي يؤدي الضريبة الجزافية يدفع أقل للتأمين، صحيح؟",
        "هل الحرفية التي تؤدي المساهمة المهنية الموحدة تدفع نفس المبلغ للتأمين؟",
        "يقال إن الذي يدفع المساهمة المهنية الموحدة لا يؤدي شيئا إضافيا للتأمين، هل هذا صحيح؟",
    ],
)
def test_a_regime_of_someone_in_general_is_not_the_writers(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("أنا حرفي يمسك المحاسبة عن طريق محاسب، كم سأدفع؟", "accounts"),
        ("أنا الذي أؤدي المساهمة المهنية الموحدة، كم التأمين؟", "cpu"),
        ("أنا أمسك المحاسبة، كم سأدفع للتأمين الصحي؟", "accounts"),
    ],
)
def test_the_writer_who_is_one_holds_it(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
