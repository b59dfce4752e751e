"""A diploma from a body that is not recognised is no diploma of shared/DOMAIN.md §1 (one "from a public or authorised
private training body"): the writer's years decide (nlu.situation_category)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("mon diplome de bijouterie est d'un centre non reconnu, je fais ca depuis un an", "none"),
        ("j'ai un certificat de couture pas reconnu par l'etat et 7 ans de travail", "practice"),
        ("3ndi diplome f nnjara walakin ma m3trafch bih, khdam ghir 3amayn", "none"),
        ("عندي ديبلوم فالطرز من جمعية غير معترف بيه، خدامة هادي 6 سنين", "practice"),
        ("لدي شهادة في الحدادة من مؤسسة غير معتمدة وأعمل منذ سنة", "none"),
    ],
)
def test_an_unrecognised_diploma_leaves_the_years_to_decide(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        "j'ai un diplome de l'ISTA en menuiserie, c'est reconnu ?",
        "عندي ديبلوم من مركز التكوين فالخياطة",
    ],
)
def test_a_diploma_not_said_unrecognised_counts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "diploma"
