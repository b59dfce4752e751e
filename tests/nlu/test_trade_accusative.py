"""A trade said as the worker in the MSA accusative, with its alif ("أعمل حدادا", "بصفتي نجارا", "أشتغل خياطا",
"كان دباغا"), is the worker: the loose key folds the alif as it folds the feminine and the plural."""

import pytest

from nlu.lexicon import Lexicon, message_words
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "craft"),
    [
        ("أعمل حدادا في ورشة صغيرة وأحتاج قرضا", "WROUGHT_IRON"),
        ("أشتغل خياطا في فاس منذ مدة", "SEWING_EMBROIDERY"),
        ("أعمل دباغا منذ سنوات، هل أستطيع التسجيل؟", "LEATHER"),
        ("أعمل نحاسا في المدينة القديمة", "DINANDERIE"),
    ],
)
def test_an_accusative_worker_is_the_trade(seed_lexicon: Lexicon, text: str, craft: str) -> None:  # noqa: F811
    assert craft in {m.value for m in seed_lexicon.find(message_words(text)) if m.entity == "craft"}
