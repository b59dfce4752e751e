"""The regime of the one the writer works for ("c'est le patron qui est au réel, moi je suis juste ouvrier", "le
propriétaire de l'atelier est au forfait, moi je travaille pour lui", "chez mon patron c'est la CPU") is the
workplace's, not the writer's (nlu.situation_tax.the_workplaces, the ``employer`` cues); the writer who is the boss,
or who names a regime of their own, keeps it."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Je travaille dans un atelier de cuir, c'est le patron qui est au réel, moi je suis juste ouvrier. L'AMO c'est combien ?",
        "Le maâlem chez qui je travaille est auto-entrepreneur, moi je suis son employé. L'AMO c'est combien ?",
        "Le propriétaire de l'atelier est au forfait, moi je travaille pour lui. Combien je paie pour l'AMO ?",
        "Chez mon patron c'est la CPU, moi je suis simple apprenti. L'AMO combien ?",
        "la patronne est auto-entrepreneuse, moi je suis salariée chez elle, combien l'amo ?",
    ],
)
def test_the_employers_regime_is_not_the_writers(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis le patron de l'atelier, on est au réel avec un comptable, combien l'amo ?", "accounts"),
        ("le patron est au réel, moi je suis auto-entrepreneur à côté, combien l'amo ?", "auto_entrepreneur"),
        ("c'est moi le propriétaire, je suis au forfait, combien pour l'amo ?", "cpu"),
    ],
)
def test_the_writers_own_regime_is_kept(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
