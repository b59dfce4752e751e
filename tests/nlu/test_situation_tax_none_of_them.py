""""None of them" ("ni l'un ni l'autre", "aucun des deux", "rien de tout ça", "لا هذا ولا ذاك") is no tax after regimes
the message names; elsewhere it says nothing of taxes. Alone, it answers whatever the assistant asked: only the tax
question reads it as no tax (tests/actions/test_situation_question.py)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "la cpu c'est pour les gros, l'auto-entrepreneur pour les jeunes ? moi je suis ni l'un ni l'autre, combien l'amo",
        "entre le forfait et l'auto-entrepreneur on m'a dit de choisir, mais je n'ai aucun des deux. je paie combien ?",
        "هل المقاول الذاتي يدفع أكثر من الخاضع للمساهمة المهنية الموحدة؟ أنا لا هذا ولا ذاك",
    ],
)
def test_none_of_the_regimes_named_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "non, rien de tout ça",
        "aucune des deux",
        "moi ni l'un ni l'autre",
        "ولا واحد منهم",
        "walo mn hadchi",
        "aucun, moi j'ai rien de tout ca",
    ],
)
def test_a_bare_none_of_them_is_known_but_states_no_tax(reader: SituationReader, text: str) -> None:
    assert reader.none_of_them_alone(text)
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    "text",
    [
        "ni l'un ni l'autre diplôme, j'ai appris chez mon oncle",
        "rien de tout ça ne marche, je veux parler à quelqu'un",
        "aucun des deux ateliers n'est à moi, je veux un prêt",
    ],
)
def test_none_of_them_about_something_else_says_nothing_of_taxes(reader: SituationReader, text: str) -> None:
    assert not reader.none_of_them_alone(text)
    assert read(reader, text).get("tax_situation") is None
