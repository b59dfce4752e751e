"""The age one started at, said in Darija as "when I had" ("وأنا عندي 18", "w ana 3ndi 17") after a start, counts the
years of practice with the writer's age now."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "عندي 50 عام وبديت النجارة وأنا عندي 20، ما عنديش ديبلوم. واش نتسجل؟",
        "بديت الخياطة وأنا عندي 17 عام ودابا عندي 30، بلا شهادة",
        "3ndi 40 3am w bdit sraja w ana 3ndi 15, ma3ndich diplome",
    ],
)
def test_when_i_had_after_a_start_is_the_start_age(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_a_number_of_children_after_a_start_is_no_age(reader: SituationReader) -> None:
    text = "بديت الخياطة هاد العام وأنا عندي 2 ديال الولاد، ما عنديش ديبلوم"
    assert read(reader, text).get("category") != "practice"
