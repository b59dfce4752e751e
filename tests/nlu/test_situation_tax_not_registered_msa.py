"""Not registered with the tax office, said with "غير" and any preposition ("غير مسجل في الضرائب", "غير مسجلة
بالضرائب"), and the Egyptian, Levantine or Gulf negations of MSA writers ("مش بدفع ضرايب", "مو مسجل"): no tax paid,
as "لست مسجلا لدى الضرائب" is. Not registered in the register, with no tax word, says no tax situation."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "أنا حرفي غير مسجل في الضرائب أصلا، كم سأدفع للتأمين الصحي؟",
        "أنا خياطة غير مسجلة بالضرائب، ما هو واجب التأمين الشهري؟",
        "نحن غير مسجلين في إدارة الضرائب، كيف ننخرط في التأمين الإجباري عن المرض؟",
        "كام القسط الشهري للتأمين الإجباري؟ أنا مش بدفع أي ضرايب",
        "انا مو مسجل عند الضرائب، قديش بدي ادفع للتأمين الصحي؟",
        "أنا مش مسجلة في الضرايب، هدفع كام للتغطية الصحية؟",
    ],
)
def test_not_registered_for_tax_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "أنا غير مسجل في السجل الوطني بعد، كم سأدفع للتأمين؟",
        "أنا مش مسجل في السجل، كيف أتسجل؟",
    ],
)
def test_not_registered_in_the_register_says_no_tax(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)
