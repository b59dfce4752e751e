"""A SARL keeps accounts by law: the writer's own SARL, where the AMO or tax is the topic and no regime is named,
says accounts. A relative's, a denied one, or one named only to register it says nothing of the tax."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis gérant d'une SARL de poterie, l'amo me coûte combien ?",
        "j'ai une sarl de menuiserie, je cotise combien à la cnss ?",
        "notre SARL fabrique des babouches, combien je paie pour l'assurance maladie ?",
    ],
)
def test_the_writers_own_sarl_keeps_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # A regime named wins; a relative's SARL or a denied one is not the writer's; without the AMO or tax as the
        # topic, a SARL says only the kind of registrant.
        ("j'ai une sarl mais je suis au forfait, combien l'amo ?", "cpu"),
        ("mon oncle a une SARL, moi je ne paie aucun impôt, combien l'amo ?", "none"),
        ("je n'ai pas de SARL, combien pour l'amo ?", None),
        ("j'ai une SARL de zellige, quels papiers pour le registre ?", None),
    ],
)
def test_a_sarl_that_is_not_the_writers_or_off_topic_says_no_accounts(
    reader: SituationReader, text: str, regime: str | None
) -> None:
    assert read(reader, text).get("tax_situation") == regime
