"""Trades named in MSA by forms the lists lacked: the woman potter ("خزافة", which an unannotated training message
also turned off as a guess for every form of "خزاف"), the saddles without the article ("صانع سروج"), car repair said
with "تصليح", and sewing said by its tool ("أشتغل بالإبرة"). Found by round 29 B's fresh 32 MSA pairs."""

import pytest

from nlu.lexicon import Lexicon, message_words
from tests.nlu.test_lexicon import trained_lexicon  # noqa: F401 (fixture)


def _trades(lexicon: Lexicon, text: str) -> list[str]:
    return [m.value for m in lexicon.find(message_words(text)) if m.entity == "craft"]


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("أريد أن أسجل الآن، أنا خزافة من قرية قرب آسفي", "POTTERY"),
        ("نحن خزافات في دوار صغير، هل من دعم؟", "POTTERY"),
        ("كيف أسجل في السجل؟ أنا صانع سروج في الجديدة", "SADDLERY"),
        ("أصنع سروج الخيل منذ عشرين سنة", "SADDLERY"),
        ("لي أقل من سنة في تصليح السيارات ولا شهادة لي", "CAR_MECHANICS"),
        ("أملك ورشة صغيرة لتصليح سيارات الأجرة بوجدة", "CAR_MECHANICS"),
        ("نشتغل بالإبرة في دار واحدة قرب تارودانت", "SEWING_EMBROIDERY"),
        ("أشتغل بالإبرة منذ سنوات في بيتي", "SEWING_EMBROIDERY"),
    ],
)
def test_the_msa_form_names_the_trade(trained_lexicon: Lexicon, text: str, trade: str) -> None:  # noqa: F811
    assert _trades(trained_lexicon, text) == [trade]


@pytest.mark.parametrize(
    "text",
    [
        # The needle alone is no trade: in a health question it is an injection.
        "هل يغطي التأمين الصحي ثمن الإبرة التي أخذتها في المستشفى؟",
        "أريد شراء سيارة لنقل منتجاتي، هل من قرض؟",
    ],
)
def test_no_trade_without_the_form(trained_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert _trades(trained_lexicon, text) == []
