"""Darija's "ma": "ma" + "I have" after its object negates that object, as ma…ch does ("lpatenta ma 3ndi"); in
French "ma" is "my" (ma femme, ma coopérative), and a message read without its variety tells it by its own words."""

import pytest

from nlu.lexicon import message_words
from nlu.situation import SituationReader
from tests.nlu.test_situation import TODAY, read


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        # "ma" + "I have" after its object negates it, as ma…ch does.
        ("lpatenta ma 3ndi, w dariba hta hiya, amo ch7al?", "tax_situation", "none"),
        ("الديبلوم ما عندي، وخدام فالنجارة هادي 6 سنين", "category", "practice"),
        # (Before its object it negates as before: test_situation reads "ma 3ndi ta diplome w 5 snin f zlij".)
    ],
)
def test_ma_and_i_have_after_the_object(reader: SituationReader, text: str, entity: str, value: str) -> None:
    assert read(reader, text).get(entity) == value


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("ma femme est auto-entrepreneuse mais moi je paie la CPU, l'amo combien ?", "cpu"),
        ("ma soeur est au forfait, moi je déclare tous les trois mois, combien l'amo ?", "auto_entrepreneur"),
    ],
)
def test_a_relative_named_with_ma_keeps_their_regime(reader: SituationReader, text: str, tax: str) -> None:
    # "ma femme" is a relative, not the Darija negation: the writer's own regime is read.
    found = {f.entity: f.value for f in reader.read(text, message_words(text), TODAY, (), "fr")}
    assert found.get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ma coopérative de tapis peut s'inscrire ?", "cooperative"),
        ("ma petite société de zellige peut être inscrite ?", "enterprise"),
        # Darija "ma" still negates.
        ("ma 3ndich charika", None),
    ],
)
def test_ma_when_the_variety_is_not_given(reader: SituationReader, text: str, category: str | None) -> None:
    assert read(reader, text).get("category") == category
