"""A cooperative or a company the writer has left ("je l'ai quittée", "kont f t3awniya w khrjt mnha", "كنت عضوة في
تعاونية وخرجت منها") is no group of theirs now: their own years or diploma decide (shared/DOMAIN.md §1)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("j'étais membre d'une coopérative de broderie, je brode chez moi depuis 2017, je peux m'inscrire ?", "practice"),
        ("j'ai quitté la coopérative de tissage en 2020, depuis je tisse seule, ça fait six ans", "practice"),
        ("ancienne adhérente d'une coopérative de poterie, j'ai un diplôme de l'ISTA en céramique, je suis éligible ?", "diploma"),
        ("kont m3a wa7d t3awniya dyal l7sira w khrjt mnha, daba kankhdem bohdi hadi 5 snin", "practice"),
        ("khrjt mn cooperative dyal lfkhar, kankhdem f dar mn 2015 wach n9der ntsjel", "practice"),
        ("كنت عضوة في تعاونية للخياطة وخرجت منها، وأنا أخيط في داري منذ 2016", "practice"),
        ("انسحبت من التعاونية ديال الزرابي، وكننسج بوحدي هادي 7 سنين", "practice"),
    ],
)
def test_a_group_left_gives_way_to_the_writers_years(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("avant j'étais seule, maintenant nous sommes une coopérative de 12 femmes, on peut s'inscrire ?", "cooperative"),
        ("kont khddam f charika dyal wa7ed, daba 3ndna cooperative dyal zrabi, wach n9dro ntsjlo", "cooperative"),
        ("notre coopérative de tapis existe depuis 2018, une membre l'a quittée, peut-elle s'inscrire ?", "cooperative"),
    ],
)
def test_a_group_held_now_stays(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        "أغلقت الشركة السنة الماضية، وعندي دبلوم في النجارة، ما الوثائق؟",
        "سديت الشركة ديالي وعندي ديبلوم فالخياطة، شنو الوراق؟",
    ],
)
def test_a_company_closed_gives_way_to_the_diploma(reader, text: str) -> None:
    assert read(reader, text).get("category") == "diploma"
