"""Asking whether a diploma is required ("le diplôme est obligé ?", "واش الديبلوم إجباري؟") says nothing of having
one: obligation words are "need" cues as "obligatoire" and "ضروري" are."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "le diplôme c'est obligé pour la carte d'artisan ?",
        "est-ce qu'on est obligé d'avoir un diplôme ? j'ai appris avec mon oncle",
        "un diplôme est indispensable pour le registre ?",
        "le cap est impératif ou pas ?",
        "wach diplome ejbari bach ndir lkarta?",
        "هل الديبلوم إجباري للحصول على بطاقة الصانع؟",
        "واش الشهادة إلزامي باش نتسجل؟",
    ],
)
def test_a_diploma_asked_as_required_is_not_held(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "j'ai un diplôme de couture, c'est obligé de l'envoyer ?",
        "عندي ديبلوم فالنجارة، واش إجباري نجيبو معايا؟",
    ],
)
def test_a_diploma_held_then_a_question_is_still_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text)["category"] == "diploma"


@pytest.mark.parametrize(
    "text",
    [
        "on m'a dit qu'il fallait un diplôme, mais je fais de la poterie depuis 5 ans",
        "il faudra un diplôme pour le registre ? moi je travaille le cuir depuis 2016",
    ],
)
def test_a_diploma_required_in_the_past_or_future_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"
