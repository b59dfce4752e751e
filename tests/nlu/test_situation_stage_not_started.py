"""A start or an opening denied with the ma…ch circumfix ("ma bditch", "ما حليتش"), or with "ma" alone after "still"
("ba9i ma bdit", "باقي ما بديت"): the business is starting."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ba9i ma 7llitch l7anout, bghit chi tamwil",
        "mazal mabditch lkhdma, kayn chi 9rd?",
        "ma fta7tch atelier ba9i, chi da3m?",
        "باقي ما حليتش المحل، كاين شي قرض؟",
        "مازال مابديتش، بغيت دعم",
        # "ma" alone, after "still".
        "ba9i ma bdit, bghit chi da3m",
        "باقي ما بديت، كاين شي دعم؟",
    ],
)
def test_a_negated_start_is_a_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


def test_a_word_ending_like_a_negation_without_one_is_no_start(reader: SituationReader) -> None:
    assert "business_stage" not in read(reader, "bditch")
