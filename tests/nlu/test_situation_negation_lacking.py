"""Lacking said by a word of its own ("dépourvu de diplôme", "démunie de diplôme", "غير حاصل على دبلوم", "غير متوفرة
على شهادة"): the diploma is denied, and the years decide."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis dépourvu de diplôme mais je fais de la ferronnerie depuis 2014",
        "démunie de tout diplôme, je tisse des tapis depuis douze ans",
        "depourvue de diplome, couturiere depuis 2016, je peux m'inscrire ?",
        "غير حاصل على دبلوم، أعمل في الحدادة منذ 2015",
        "أنا غير متوفرة على شهادة، لكنني أطرز منذ تسع سنوات",
        "غير حائز على أي دبلوم وأشتغل في النجارة منذ سبع سنوات",
    ],
)
def test_lacking_a_diploma_leaves_the_years(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"
