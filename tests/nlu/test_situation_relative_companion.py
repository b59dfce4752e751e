"""A relative named as someone the writer learnt or works with is no subject: what follows is still the writer's
("تعلمت لدى أبي منذ الطفولة": "لدى", at, folds to "لدي", I have), and the writer named after "with" ("mon frère
travaille avec moi sans diplôme") does not end what is said of the relative (nlu.situation_relatives)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "تعلمت الحرفة لدى والدي منذ 6 سنوات، هل يمكنني التسجيل؟",
        "تعلمت النجارة لدى أبي منذ الطفولة، هل يحق لي التسجيل؟",
        "اشتغلت لدى عمي في الدباغة منذ خمس سنوات",
    ],
)
def test_years_after_learning_at_a_relatives_are_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai un diplôme en couture de l'OFPPT et ma sœur travaille avec moi sans diplôme",
        "J'ai mon diplôme de bijouterie, mon fils bosse avec moi sans aucun diplôme",
        "ana 3ndi diplome f nnjara, w khouya khdam m3aya bla diplome",
    ],
)
def test_a_relative_without_diploma_working_with_the_writer_leaves_the_writers_diploma(
    reader: SituationReader, text: str
) -> None:
    assert read(reader, text).get("category") == "diploma"
