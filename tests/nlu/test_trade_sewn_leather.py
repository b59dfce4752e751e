"""Sewing is also how leather goods are made: a verb of sewing followed closely by leather ("أخيط المحافظ من الجلد",
"je couds des sacs en cuir", "kankhiyet lblagh") names the leather trade; sewing said alone, or leather far off, stays
sewing."""

import pytest

from nlu.lexicon import Lexicon, message_words
from nlu.lexicon_extractor import sewn_leather
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


def _trades(lexicon: Lexicon, text: str) -> list[str]:
    words = message_words(text)
    matches = lexicon.find(words)
    sewn = sewn_leather(words, matches)
    return [m.value for m in matches if m.entity == "craft" and m not in sewn]


@pytest.mark.parametrize(
    "text",
    [
        "je couds des sacs en cuir pour les touristes",
        "كنخيط البلاغي فالدار",
        "نخيط الصيكان من الجلد ونبيعهم",
        "kankhiyet lblagh m3a bba",
        "أخيط الأحزمة من الجلد الطبيعي منذ سنوات",
    ],
)
def test_sewing_leather_goods_is_the_leather_trade(seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert _trades(seed_lexicon, text)[:1] == ["LEATHER"]


@pytest.mark.parametrize(
    "text",
    ["je couds des caftans", "كنخيط الجلالب والقفاطن", "nkhayet ljellaba w khti kadir lblagh f fes b3id 3lina"],
)
def test_sewing_alone_stays_sewing(seed_lexicon: Lexicon, text: str) -> None:  # noqa: F811
    assert _trades(seed_lexicon, text)[:1] == ["SEWING_EMBROIDERY"]
