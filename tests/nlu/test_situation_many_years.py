"""Many years said without a number ("بزاف ديال السنين", "snin bzaf", "سنوات كثيرة", "beaucoup d'années") are more
than the three of shared/DOMAIN.md §1, as "سنوات طويلة" is: practice. Many months are no years."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "كنخدم فالنحاس بزاف ديال السنين، واش نقدر نتسجل؟",
        "خدامة فالطرز سنين بزاف بلا ديبلوم، واش ممكن نتسجل؟",
        "بزاف د السنين وانا نجار، شنو الوراق اللي خاصني؟",
        "kankhdem f zlij bzaf dyal snin, wach n9der ntsjel?",
        "أعمل في الخزف منذ سنوات كثيرة، هل يمكنني التسجيل؟",
        "je fais de la poterie depuis beaucoup d'années, je peux m'inscrire ?",
    ],
)
def test_many_years_without_a_number_are_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        # Many months are under the three years.
        "ما عنديش الديبلوم وخدام فالزليج بزاف ديال الشهور",
        # "many" said of something else than the years.
        "ما عنديش الديبلوم، شكرا بزاف، خدام عام فالجلد",
        "الطلبات بزاف هاد السنين ولكن عاد بديت فالخياطة",
    ],
)
def test_many_of_something_else_is_no_long_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") != "practice"
