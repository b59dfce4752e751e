"""Half one's life at the craft: "j'ai 44 ans et j'en ai passé la moitié à tailler la pierre", "عمري اثنان وأربعون عاما
قضيت نصفها في نحت الحجر" are half the age in years of practice (nlu/situation_years.py, half_life)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'ai 36 ans, j'en ai passé la moitié à broder des caftans, sans diplôme",
        "عمري خمسون سنة، قضيت نصفها في صناعة الفخار ولا أملك شهادة",
        "3mri 40 3am, nos 3mri f nnjara, ma3ndich diplome",
    ],
)
def test_half_an_age_is_years_of_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


def test_half_of_something_else_without_an_age_counts_nothing(reader: SituationReader) -> None:
    assert "category" not in read(reader, "je vends la moitié de mes tapis à Marrakech, je peux m'inscrire ?")
