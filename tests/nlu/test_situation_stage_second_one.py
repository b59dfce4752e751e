"""A second loom, kiln or shop wanted is growing a business that runs (nlu/situation_cues.yml, stage: grow)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "on voudrait un deuxieme four pour la poterie, il y a un pret ?",
        "je cherche un financement pour un second local de broderie",
        "il me faut un 2eme metier a tisser, quel credit ?",
    ],
)
def test_a_second_one_wanted_is_growing(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"
