"""A diploma wished for is none held: a relative's wish ("ma fille veut", "بغات", "يريد"), a goal ("باش تاخد ديبلوم")
and the diploma a wished training gives ("une formation avec diplôme", "formation b diplome") (nlu.situation_category)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "mon fils veut une formation avec diplome en menuiserie, il travaille le bois depuis 8 mois",
        "ma niece voudrait un diplome de couture, elle coud depuis un an",
        "ولدي بغا يدير تكوين بديبلوم فالنجارة، خدام غير من عام",
        "ختي بغات تقرا باش تاخد ديبلوم فالخياطة، عندها غير عامين فالحرفة",
        "khoya bgha ydir formation b diplome f l7dada, khdam ghir 3am",
        "بنتي تريد تكوينا بشهادة في الفخار وتعمل فيه منذ عام واحد",
    ],
)
def test_a_wished_diploma_with_a_short_practice_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "ma soeur veut une formation diplomante, elle brode depuis 12 ans",
        "خويا بغا ياخد ديبلوم، خدام فالزليج هادي 9 سنين",
        "ابني يريد الحصول على تكوين بدبلوم وهو نجار منذ خمس سنوات",
    ],
)
def test_a_wished_diploma_leaves_the_years_to_decide(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "3ndi diplome f nnjara mn ofppt w bghit nzid formation",
        "j'ai un diplome de l'ISTA en couture et je veux une formation en plus",
    ],
)
def test_a_diploma_held_stays_held_beside_a_wished_training(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "diploma"


@pytest.mark.parametrize(
    "text",
    [
        "combien d'annees il faut pour etre considere comme maalem ?",
        "ch7al d snin khas bach l7rayfi ykoun m3allem?",
        "شحال خاص من سنة باش الصانع يولي معلم؟",
        "كم سنة يلزم ليصبح الحرفي معلما؟",
    ],
)
def test_becoming_a_maalem_asked_in_general_states_no_kind(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


# A wish to know: the diploma after it is told, not wanted.
@pytest.mark.parametrize(
    "text",
    [
        "bsr, je veux savoir si mon BTS en couture me permet de m'inscrire comme artisane",
        "jvx savoir si mon diplome de l'OFPPT suffit pour le registre",
        "بغيت نعرف واش الديبلوم ديالي فالنجارة كيكفي باش نتسجل",
    ],
)
def test_a_diploma_after_a_wish_to_know_is_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "diploma"
