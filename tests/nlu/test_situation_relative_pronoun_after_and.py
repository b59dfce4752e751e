"""A relative named, then "and (he) he pays…": the French subject who has or pays opens the relative's clause after
"et" or the stressed pronoun, with no comma before it, so the regime is the relative's ("Mon mari a un garage et lui il
paie la CPU, mais moi… sans aucune déclaration fiscale")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Mon mari a un garage et il paie la CPU, moi je brode à la maison.",
        "Mon frère a une menuiserie et lui il est à la CPU. Moi je l'aide le samedi.",
    ],
)
def test_the_relatives_regime_after_and_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


def test_the_writers_own_nothing_then_stands(reader: SituationReader) -> None:
    text = "Mon mari a un petit garage et lui il paie la CPU, mais moi je brode sans aucune déclaration fiscale. L'AMO c'est combien ?"
    assert read(reader, text).get("tax_situation") == "none"
