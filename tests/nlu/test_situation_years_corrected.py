"""A start year corrected right after it ("عام 2023 لا لا 2024", "depuis 2019 euh non 2020"): the year said after the
correction counts, read from the "since" before the first (nlu.situation_years)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("بديت النسيج عام 2023 لا لا 2024 وما عندي حتى شهادة واش نقدر نتسجل", "none"),
        ("je brode depuis 2019 euh non 2020, sans diplôme, je peux m'inscrire ?", "practice"),
        # Corrected towards fewer years: the later year decides.
        ("je brode depuis 2020 euh non 2025, sans diplôme, je peux m'inscrire ?", "none"),
    ],
)
def test_the_corrected_year_counts(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


def test_two_years_without_a_correction_between_keep_the_first(reader: SituationReader) -> None:
    assert read(reader, "كنطرز من 2015، وفي 2024 تزوجت، وما عنديش ديبلوم").get("category") == "practice"
