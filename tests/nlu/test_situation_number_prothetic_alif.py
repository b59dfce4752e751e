"""Darija number words written with a leading alif ("اتناش", "إتناش", "اربعطاش", "احداش"): the alif is only how the
word is said at the start of a phrase; the number is the one written without it ("تناش", "ربعطاش", "حداش")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "كنخدم فالجلد شي اتناش العام، واش نقدر نتسجل؟",
        "خدامة فالطرز إتناش عام بلا ديبلوم",
        "اربعطاش العام وانا كنصاوب الزرابي، واش ممكن نتسجل؟",
        "كنخدم فالنحاس هادي احداش العام، واش عندي الحق؟",
        "الحدادة هادي اتلتاش عام وانا فيها",
    ],
)
def test_a_teen_number_with_a_leading_alif_counts_its_years(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_the_number_keeps_its_unit(reader: SituationReader) -> None:
    # "اتناش شهر" (twelve months) without a diploma: one year, too few.
    assert read(reader, "ما عنديش الديبلوم وخدام فالزليج اتناش شهر").get("category") == "none"
