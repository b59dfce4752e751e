"""A relative or partner named with the writer ("ma femme et moi", "mon frère et moi"), then taken up by a French
subject pronoun that pays, declares or is in a regime ("elle est à la CPU", "il paie le forfait"), holds that regime:
the writer who asks for themself has none said. "Elle est couturière" takes up no regime."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Ma femme et moi on travaille ensemble, elle est au réel. Et moi, combien je paie pour l'AMO ?",
        "Mon frère et moi on a un atelier, il paie le forfait, moi combien je paie ?",
        "Mon associé et moi on fait de la poterie, il est sous le statut AE. Combien je paie pour l'amo ?",
        "ma soeur travaille avec moi, elle cotise à la CPU, et pour moi l'amo c'est combien ?",
    ],
)
def test_the_partners_regime_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("Ma femme et moi on travaille ensemble, elle est à la CPU et moi aussi, combien on paie ?", "cpu"),
        ("Ma mère est couturière, elle est à la CPU, combien elle paie pour l'amo ?", "cpu"),
        ("Mon mari et moi on brode ensemble, il est couturier, moi je suis auto-entrepreneuse, combien l'amo ?", "auto_entrepreneur"),
    ],
)
def test_a_regime_held_or_asked_for(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
