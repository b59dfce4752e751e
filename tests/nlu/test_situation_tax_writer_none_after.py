"""Someone else's regime first ("elle est auto-entrepreneuse", "mon mari est au réel avec un comptable"), then a clause
the writer opens with "moi" that says no tax: the writer holds none, even where the relative's words stop before the
regime's end or the relative comes back as "il", "elle"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Mon frère a une menuiserie. Il est au forfait, et moi je ne paie aucun impôt. L'AMO me coûte combien ?",
        "ma mere travaille au reel avec une fiduciaire, moi j'ai jamais rien declare, combien la cotisation ?",
        "Mon associé est auto-entrepreneur ; moi je ne suis pas déclaré aux impôts. Combien je paie pour l'AMO ?",
    ],
)
def test_the_writers_no_tax_after_someone_elses_regime(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The regime is the writer's own: "je suis" in its clause.
        ("je suis auto-entrepreneur, moi je ne paie pas la TVA, l'amo c'est combien ?", "auto_entrepreneur"),
        # The writer's own accountant: no one else holds the regime.
        ("mon comptable tient mes livres, moi je ne declare rien moi-meme. combien l'amo ?", "accounts"),
    ],
)
def test_the_writers_own_regime_stays(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
