"""A question put of a relative ("il peut s'inscrire lui ?", "c'est elle qui veut s'inscrire", "هو الذي يريد التسجيل")
asks for the relative's situation, even when the writer says something of their own beside it (nlu.situation_relatives,
Relatives.give_way); asked for oneself, the writer's own still wins."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The writer's few months or nothing beside the relative's years or diploma: the relative is asked about.
        ("ma tante brode depuis 25 ans, moi je m'y suis mise l'an dernier. Elle peut s'inscrire ?", "practice"),
        ("mon frère a un diplôme de l'OFPPT en menuiserie, moi je n'ai rien. C'est lui qui veut s'inscrire, comment faire ?", "diploma"),
        ("زوجي يحمل دبلوما في الحدادة، أما أنا فلا أملك شيئا. هو الذي يريد التسجيل، ما الوثائق المطلوبة؟", "diploma"),
        ("أبي نجار منذ ثلاثين سنة، وأنا أساعده منذ الصيف الماضي. هل يمكنه التسجيل؟", "practice"),
    ],
)
def test_the_relative_asked_about_is_read(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


def test_asked_for_oneself_the_writers_own_wins(reader: SituationReader) -> None:
    text = "mon frère a un diplôme en menuiserie, moi je n'ai rien et je travaille depuis un an, je peux m'inscrire ?"
    assert read(reader, text).get("category") == "none"
