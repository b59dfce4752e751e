"""A tie opening the message, then "I am", calls the reader "brother": "khouya rani auto entrepreneur" is the
writer's regime, not a brother's (nlu.situation_relatives)."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("khouya rani auto entrepreneur mn 2021, kanbi3 zrabi f fes. ch7al tji l amo 3la wa7d bhali?", "tax_situation", "auto_entrepreneur"),
        ("خويا أنا نجار من 2015 وما عنديش ديبلوم، واش نتسجل؟", "category", "practice"),
    ],
)
def test_the_reader_called_brother(reader, text: str, entity: str, value: str) -> None:
    assert read(reader, text).get(entity) == value


def test_a_brother_named_as_subject_keeps_his_regime(reader) -> None:
    assert read(reader, "khouya 3ndo cpu, w ana ma kankhlles walo, ch7al l amo?").get("tax_situation") == "none"
