"""A message written for someone else: the regime said of them is the one asked about when the writer's "I" only asks
for them ("Je voudrais inscrire mon père : … il paie la CPU"), and their own SARL keeps accounts ("Question pour mon
frère : il a une SARL"). A bare "est" after someone named before the clause is their being, not a question opening."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        (
            "Je voudrais inscrire mon père tout de suite : il est forgeron à Taza depuis trente ans, sans diplôme, "
            "et il paie la CPU.",
            "cpu",
        ),
        ("j'aimerais inscrire ma mère, elle brode depuis 20 ans et elle paie la CPU chaque année", "cpu"),
        ("Question pour ma soeur : elle a une SARL de poterie à Safi, quels papiers pour le RNA ?", "accounts"),
        # The writer speaks of themself beside the relative: their own regime is asked, and they state none.
        ("mon frère a une SARL avec un comptable, moi je suis seul dans mon atelier, je paie combien ?", None),
        ("Mon père paie la CPU, moi je travaille avec lui, combien je dois payer pour l'AMO ?", None),
    ],
)
def test_the_regime_of_the_one_written_for(reader: SituationReader, text: str, tax) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("Mon employée, brodeuse à Fès, est auto-entrepreneur. Comment l'affilier à l'AMO ?", "auto_entrepreneur"),
        ("Est-ce qu'un auto-entrepreneur doit payer l'AMO ?", None),
        ("est ce que l'auto-entrepreneur peut s'inscrire au RNA ?", None),
    ],
)
def test_a_bare_est_opens_no_question(reader: SituationReader, text: str, tax) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        # A friend's regime: "il est auto-entrepreneur" after them, "une amie" named with its article.
        "Mon ami vend sur Anou, il est auto-entrepreneur. Moi je voudrais aussi vendre mes bijoux en ligne, comment ?",
        "Une amie brodeuse au régime auto-entrepreneur paie 1 % de son chiffre. Moi je veux vendre à l'étranger.",
        # Held, then doubted.
        "Je crois que je suis à la CPU mais je n'en suis pas sûr, c'est mon cousin qui s'occupe des papiers.",
    ],
)
def test_a_friends_or_a_doubted_regime_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_the_writers_own_beside_a_friend(reader: SituationReader) -> None:
    assert read(reader, "j'ai une amie qui est à la CPU, moi je suis auto-entrepreneur").get("tax_situation") == (
        "auto_entrepreneur"
    )
