"""A trade said by its verb in the first person ("أخيط", "أنسج", "أدبغ", "أصوغ") is that trade, in the lexicon as training
builds it (a guess that ordinary training words trigger is excluded there; a listed variant is not)."""

import pytest

from nlu.lexicon import Lexicon
from tests.nlu.test_lexicon import found, trained_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("منذ سنوات وأنا أخيط في المنزل", "SEWING_EMBROIDERY"),
        ("نخيط للجيران فالدار", "SEWING_EMBROIDERY"),
        ("أعمل في البيت وأخيط للزبونات", "SEWING_EMBROIDERY"),
        ("وأطرز المناديل للعرائس", "SEWING_EMBROIDERY"),
        ("أبيع الجلابيات التي أصنعها", "SEWING_EMBROIDERY"),
        ("أنسج في بيتي منذ صغري", "RUGS_WEAVING"),
        ("كننسج مع الوالدة", "RUGS_WEAVING"),
        ("أدبغ في دار قديمة بالمدينة", "LEATHER"),
        ("أصوغ الخواتم في ورشتي", "JEWELLERY"),
    ],
)
def test_a_trade_said_by_its_verb(trained_lexicon: Lexicon, text: str, code: str) -> None:  # noqa: F811
    assert {value for _, value, _ in found(trained_lexicon, text, ("craft",))} == {code}
