"""MSA politeness around a request ("لو سمحتم", "جزاكم الله خيرا" or "بارك الله فيكم" after it) adds nothing to what
the classifier reads: "أعطني مستشارا حقيقيا جزاكم الله خيرا" read thank. The blessings stay when they open a
message or are all it says, where they thank."""

import pytest

from nlu.intent_classifier import documents
from nlu.politeness import without_politeness
from tests.nlu.test_politeness import lemmas, tokenized


@pytest.mark.parametrize(
    ("polite", "plain"),
    [
        ("صلوني بموظف من الغرفة جزاكم الله خيرا", "صلوني بموظف من الغرفة"),
        ("أريد أن أكلم إنسانا جزاك الله خيرا", "أريد أن أكلم إنسانا"),
        ("ما هي الأوراق المطلوبة بارك الله فيكم", "ما هي الأوراق المطلوبة"),
        ("اشرحوا لي طريقة الأداء جزاكم الله عنا كل خير", "اشرحوا لي طريقة الأداء"),
        ("لو سمحتم أين توجد الغرفة في سطات", "أين توجد الغرفة في سطات"),
        ("أجيبوني بالفرنسية لو سمحت", "أجيبوني بالفرنسية"),
        ("هل يمكن لابني أن يسجل لو تسمحون", "هل يمكن لابني أن يسجل"),
    ],
)
def test_msa_politeness_around_a_request_adds_nothing(polite: str, plain: str) -> None:
    assert documents(tokenized(polite)) == documents(tokenized(plain))


@pytest.mark.parametrize(
    "text",
    [
        "جزاكم الله خيرا",
        "جزاكم الله خيرا على التوضيح",
        "بارك الله فيكم على صبركم",
        "لو سمحتم",
        # One word before the blessing is praise or thanks it goes on.
        "أحسنتم جزاكم الله عنا كل خير",
        "شكرا بارك الله فيكم",
        # "لو" as "if" is the message's own word.
        "لو كنت أعمل في الخارج هل أسجل",
        # "بارك الله في …" with anything but "you" is no formula.
        "سجلوني بارك الله في جهودكم",
    ],
)
def test_blessings_that_thank_and_a_plain_if_stay(text: str) -> None:
    assert without_politeness(lemmas(text)) == lemmas(text)
