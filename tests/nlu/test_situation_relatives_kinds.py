"""A kind of registrant whose subject is a relative ("mon fils a un diplôme", "mon père était maalem") is theirs,
not the writer's, when the writer speaks of themself; it stays the one asked about when the message is for the
relative. Having nothing, said after a relative's diploma ("moi j'ai rien"), is having none."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ma fille a un diplôme de coiffure mais moi je n'en ai pas, je tisse depuis 2 ans, je peux m'inscrire ?", "none"),
        ("mon frère est diplômé en menuiserie, moi j'ai rien, je travaille le bois depuis six mois, et moi je peux m'inscrire ?", "none"),
        ("mon mari a un diplôme de l'OFPPT, moi je brode depuis 12 ans, je peux m'inscrire ?", "practice"),
        ("mon père était maître artisan, moi j'ai un diplôme de couture, c'est bon pour m'inscrire ?", "diploma"),
        ("ma mère est maalema en tapis, moi je suis diplômée en poterie", "diploma"),
    ],
)
def test_a_relatives_kind_is_not_the_writers(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own regime beside a relative's kind: the message is about the writer.
        "ma fille est maalema en broderie, moi je suis au forfait, combien l'amo ?",
        "mon père est maître artisan, moi je suis auto-entrepreneur, je cotise combien ?",
    ],
)
def test_a_relatives_kind_beside_the_writers_regime_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "mon grand père était maalem dans le cuir, moi je commence tout juste, je peux m'inscrire ?",
        "mon oncle a une coopérative de vannerie et moi je l'aide un peu, je peux m'inscrire au registre ?",
    ],
)
def test_only_a_relatives_kind_said_leaves_the_writers_open(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # For the relative, their kind is the one asked about.
        ("mon fils a un diplôme de menuiserie, est-ce qu'il peut s'inscrire ?", "diploma"),
        ("ma mère est maalema en broderie depuis 30 ans, quels papiers pour elle ?", "maalem"),
        # The writer and a relative together: theirs is the writer's too.
        ("mon frère et moi avons une coopérative de poterie, on peut s'inscrire ?", "cooperative"),
    ],
)
def test_a_relatives_kind_asked_about_or_shared_is_kept(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The relative named right after the kind owns it: the writer only works there.
        ("je bosse dans la société de mon père depuis 7 ans, je peux m'inscrire ?", "practice"),
        ("je travaille à la coopérative de ma tante depuis un an, sans diplôme, je peux m'inscrire ?", "none"),
    ],
)
def test_a_kind_owned_by_a_relative_named_after_it_is_not_the_writers(
    reader: SituationReader, text: str, category: str
) -> None:
    assert read(reader, text).get("category") == category
