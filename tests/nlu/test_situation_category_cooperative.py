"""Working like a cooperative ("b7al t3awniya", "مثل التعاونية") is not being one; a cooperative said plainly is."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("حنا جمعية، واش نتسجلو بحال التعاونية؟", None),
        ("3ndna jam3iya, wach ndkhlo b7al t3awniya?", None),
        ("جمعيتنا تعمل مثل التعاونية", None),
        ("حنا تعاونية ديال الزرابي", "cooperative"),
    ],
)
def test_like_a_cooperative_is_not_one(reader: SituationReader, text: str, category: str | None) -> None:
    assert read(reader, text).get("category") == category
