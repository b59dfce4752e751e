"""An elderly artisan's age in words ("ستون سنة", "soixante-dix ans"), and the age one started at named after its number
("في العاشرة من عمرها"): the years of practice are now minus then (nlu/situation_years.py, nlu/situation_cues.yml)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "جدتي عمرها سبعون سنة، وتنسج الحنابل منذ أن كان عمرها عشرين عاما. هل يمكنها التسجيل؟",
        "ma mère a soixante-dix ans et tisse depuis l'âge de 20 ans, elle peut s'inscrire ?",
        "والدتي تطرز منذ أن كانت في العاشرة من عمرها، وعمرها الآن ستون سنة. هل يمكنها التسجيل؟",
    ],
)
def test_years_from_a_started_age_to_an_elder_age(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_an_age_past_a_comma_is_not_named_after_years(reader: SituationReader) -> None:
    # "عمرو ما…" (never) after a comma says no age of the thirty years before it.
    assert read(reader, "بابا نجار هادي تلاتين عام، عمرو ما قرا ولا خدا شي ديبلوم").get("category") == "practice"
