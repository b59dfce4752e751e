"""A regime said of someone else in French is not the writer's (nlu/situation_regime_of_them.py): a relative's words
that run long before the regime ("la voisine d'en face est à la CPU"), a relative reported with "que" ("mon ami m'a
dit qu'il est auto-entrepreneur"), the thing a relative owns in a regime ("l'atelier de mon oncle est à la CPU"). The
writer's own regime beside it is still read, and the relative's is read when the question is theirs."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "la voisine d'en face est à la CPU, moi je paie combien pour l'amo ?",
        "Mon ami m'a dit qu'il est auto-entrepreneur et qu'il paie peu. Moi l'AMO je paie combien ?",
        "L'atelier de mon oncle est à la CPU, j'y travaille. Combien je paie pour l'AMO ?",
        "La coopérative de ma tante est au réel, j'y brode parfois. Moi, l'AMO c'est combien ?",
        "Ma cousine raconte qu'elle est à la contribution professionnelle unique. Et pour moi l'AMO ça coûte combien ?",
        "le magasin de mon beau-frère paie la CPU, je l'aide le samedi. combien l'amo pour moi ?",
    ],
)
def test_someone_elses_regime_is_not_the_writers(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Ma voisine d'en face est à la CPU, moi je suis au réel. Combien je paie pour l'AMO ?", "accounts"),
        ("Ma sœur m'a dit qu'elle est auto-entrepreneuse, moi je suis à la CPU. Combien l'AMO ?", "cpu"),
        ("L'atelier de mon père est à Safi, moi je suis auto-entrepreneur. combien l'amo ?", "auto_entrepreneur"),
        ("Mon père dit qu'il est au forfait depuis 20 ans, combien il doit payer pour l'AMO ?", "cpu"),
    ],
)
def test_the_writers_own_or_the_one_asked_for_is_read(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
