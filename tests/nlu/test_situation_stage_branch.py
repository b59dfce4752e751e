"""A second or new branch of one's workshop is growth, though it is "opened" ("أفتح فرعا جديدا", "n7ell far3 jdid",
"ouvrir une autre boutique"): growth outranks the start that the opening verb says."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "أريد أن أفتح فرعا جديدا لورشتي، هل من قرض؟",
        "أريد أن أفتح فرعا آخر لمحلي في المدينة، ما القرض المناسب؟",
        "bghit n7ell far3 jdid l7anout dyali, kayn tamwil?",
        "je veux ouvrir une autre boutique pour mes bijoux, quel financement ?",
    ],
)
def test_a_new_branch_is_growth(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"


def test_a_banks_branch_is_no_stage(reader: SituationReader) -> None:
    assert "business_stage" not in read(reader, "أين أقرب فرع لبنك البريد للحصول على قرض؟")
