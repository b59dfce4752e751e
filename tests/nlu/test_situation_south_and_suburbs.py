"""Ways of telling a situation that round 48's second blind wave showed unread: the South's "ماه" (not), a tax notice
with a fixed sum, "3la réel", opening one's garage, a company that "تتوسع", the master one would learn with, a child's
age now after the birth (or since they were a baby)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("كنخدم الفضة فتزنيت وماه نخلص حتى ضريبة، شحال الامو؟", "tax_situation", "none"),
        ("kaywselni avis d'imposition kol 3am b montant tabet, ch7al l'amo?", "tax_situation", "cpu"),
        ("ana nejjar w kankhelles 3la réel, kayn chi takwin?", "tax_situation", "accounts"),
        ("bghit nft7 garage dyali f sala, wach kayn chi crédit l li bghaw yebdaw?", "business_stage", "start"),
        ("المقاولة ديالي ديال النجارة بغات تتوسع، واش كاين شي قرض؟", "business_stage", "grow"),
        ("تعلمت الطرز منذ ولدت ابنتي والان عمرها ست سنوات، هل أقبل في السجل؟", "category", "practice"),
        ("بديت الخرازة ملي كانت بنتي رضيعة ودابا عمرها 7 سنين، واش نقدر نتسجل؟", "category", "practice"),
    ],
)
def test_the_situation_is_read(reader: SituationReader, text: str, entity: str, value: str) -> None:
    assert read(reader, text).get(entity) == value


def test_the_master_one_would_learn_with_is_no_maalem_of_the_writer(reader: SituationReader) -> None:
    assert read(reader, "أريد أن أدخل متعلما عند معلم في الدباغة، هل يوجد التدرج المهني؟").get("category") != "maalem"


def test_a_maalem_who_learnt_with_a_master_stays_a_maalem(reader: SituationReader) -> None:
    assert read(reader, "خدمت متعلم عند معلم عشر سنين ودابا انا معلم").get("category") == "maalem"


@pytest.mark.parametrize(
    "text",
    [
        # Leaving school, or entering work, at an age, then one's age now.
        "تركت المدرسة في سن 14 وعمري الآن 30، هل يمكنني التسجيل؟",
        "ولدي ترك المدرسة في سن 15 ودخل يشتغل في الحدادة والان عمره 20، هل يستطيع أن يتسجل؟",
    ],
)
def test_leaving_school_at_an_age_starts_the_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_schooling_is_no_village(reader: SituationReader) -> None:
    assert read(reader, "خرجت من القراية بكري وبغيت نحل حانوت، كاين شي قرض؟").get("business_stage") != "rural"
