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
        # The maâlem named a few words before the certificate, in the same sentence.
        "Je souhaite commencer mon inscription ici. Maâlem sellier à Fès, certificat obtenu en 2020.",
        "Je suis maître artisan (maâlem) en dinanderie, certificat obtenu en 2019. Quelle est la procédure ?",
        "Je suis maâlem ferronnier, reconnu par un certificat en 2021, et auto-entrepreneur.",
        "انا معلم فالنجارة وعندي الشهادة من 2022",
        # The title a little further before ("j'ai eu mon" between).
        "Maâlem sellier à Fès, j'ai eu mon certificat en 2022. Où je récupère la carte pro ?",
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
        ("je suis maalem depuis 2020, j'ai un certificat de formation en poterie", "diploma"),
        # The maâlem in another sentence before it: the certificate is not said to be theirs.
        ("Mon père était maalem. J'ai un certificat en couture depuis 2024.", "diploma"),
    ],
)
def test_a_maalem_without_the_certificate_is_left_to_the_years(
    reader: SituationReader, text: str, category: str
) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own master ("my maalem") holds the certificate; the writer's years decide.
        "المعلم ديالي عندو الشهادة و باغي يسجلني معاه، أنا خدام عندو فالنحاس ٤ سنين بلا ديبلوم.",
        "mon maalem a son certificat, moi je travaille chez lui depuis 4 ans sans diplome",
        "lmaalem dyali 3ndo chahada, ana khdam 3ndo 4 snin bla diplome",
        # The maâlem's certificate said needed ("you need it") is none held.
        "المعلم اللي خدمت عندو قال ليا خاصك شهادة المعلم باش تتسجل، وانا غير صانع عادي هادي ربع سنين. واش صحيح؟",
        "il faut le certificat de maître artisan pour s'inscrire ? je fais de la poterie depuis 6 ans",
    ],
)
def test_the_masters_certificate_or_one_needed_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"
