"""A partner or relative named, then taken up by a pronoun opening a clause ("lui il a un diplôme", "أما هو فحاصل
على دبلوم", "houwa 3ndo diplome"): what follows is theirs, the writer's own situation decides
(nlu.situation_relatives)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("mon associe et moi on fait de la poterie, moi j'ai 6 ans de metier, lui il est diplome", "practice"),
        ("moi et mon frere on a un atelier, j'ai 5 ans de travail. lui, il a un diplome de l'ISTA", "practice"),
        ("ana w chriki 3ndna 7anout, ana 3ndi 4 snin d lkhedma, houwa 3ndo diplome", "practice"),
        ("أنا وخويا خدامين فالزليج، أنا عندي 8 سنين، هو عندو ديبلوم", "practice"),
        ("أنا وشريكتي نعمل في الطرز، لدي أربع سنوات من الخبرة، أما هي فلديها دبلوم", "practice"),
    ],
)
def test_the_partners_diploma_is_not_the_writers(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        "j'ai un diplome, lui il travaille avec moi",
        "عندي ديبلوم فالخياطة، هو كيعاوني",
    ],
)
def test_the_writers_diploma_before_the_pronoun_stays_theirs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "diploma"
