""""بداية" (a beginning) shares its consonant skeleton with "بادية" (countryside): it is never guessed as a rural
stage."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "شرحو ليا الخطوات من البداية عافاكم",
        "أريد أن أفهم كل شيء من البداية حول التغطية الصحية",
        "في بداية السنة سأذهب إلى الغرفة",
    ],
)
def test_a_beginning_is_no_countryside(reader, text: str) -> None:
    assert read(reader, text).get("business_stage") != "rural"
