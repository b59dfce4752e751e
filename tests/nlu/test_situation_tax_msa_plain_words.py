"""MSA said plainly: "the tax office does not know me" is no tax; "the real regime" (النظام الحقيقي), the accountants'
short name for the regime of the real net result, is keeping accounts."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("أنا نجار بسيط والضرائب لا تعرفني، فكم أدفع للتأمين؟", "none"),
        ("لا تعرفني إدارة الضرائب، ما هو واجب الاشتراك؟", "none"),
        ("أنا في النظام الحقيقي، ما مبلغ الاشتراك في التأمين؟", "accounts"),
        ("أخضع للنظام الحقيقي منذ سنتين", "accounts"),
    ],
)
def test_plain_msa_tax_phrases(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_the_real_regime_asked_about_is_not_held(reader: SituationReader) -> None:
    assert read(reader, "ما هو النظام الحقيقي؟").get("tax_situation") is None
