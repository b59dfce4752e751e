""""بما إذا", "فيما إذا" (whether) carry the "ما" that negates, but negate nothing: "إفادتي بما إذا كانت صفتي كمعلم…
تخولني التسجيل" states a maâlem (nlu/situation_cues.yml, negation_lookalike)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "أرجو إخباري بما إذا كانت صفتي كمعلم في الزليج منذ 1990 تسمح لي بالتسجيل",
        "أود أن أعرف فيما إذا كان دبلومي في الخياطة يكفي للتسجيل",
    ],
)
def test_whether_is_no_negation(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") in ("maalem", "diploma")
