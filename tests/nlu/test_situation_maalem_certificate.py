"""The maâlem's certificate ("certificat de maître artisan", "شهادة المعلم") is no diploma, and it certifies the title
whatever years are counted: those may date the certificate (nlu.situation_category)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'ai obtenu mon certificat de maître artisan en 2021, je peux m'inscrire au registre ?",
        "il a reçu l'an dernier son certificat de maalem, il peut être inscrit ?",
        "عندي شهادة المعلم من 2023، واش نقدر نتسجل؟",
        "خديت الشهادة ديال المعلم العام اللي فات فالزليج",
    ],
)
def test_the_maalems_certificate_is_the_maalem(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "maalem"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # A maâlem said with few years and no certificate: the years decide.
        ("je suis maalem depuis 3 ans, je peux m'inscrire ?", "practice"),
        # A certificate of something else stays what it was.
        ("j'ai un certificat de formation en poterie, je suis maalem depuis 2020", "diploma"),
    ],
)
def test_a_maalem_without_the_certificate_is_left_to_the_years(
    reader: SituationReader, text: str, category: str
) -> None:
    assert read(reader, text).get("category") == category
