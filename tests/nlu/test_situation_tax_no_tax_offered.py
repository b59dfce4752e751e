"""Paying no tax offered as one term of a choice with a regime ("être auto-entrepreneur ou ne pas payer d'impôt ?")
holds neither: the writer asks which is better, and says nothing of their own. Said with the writer's "je", the no
tax is theirs."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "c'est quoi le mieux, être auto-entrepreneur ou ne pas payer d'impôt ?",
        "rester sans impôts ou passer à la CPU, qu'est-ce qui coûte le moins pour l'amo ?",
        "Pour l'AMO vaut-il mieux ne rien déclarer ou être au forfait ?",
        "qu'est-ce qui est plus avantageux pour la retraite, l'auto-entreprise ou aucun impôt du tout ?",
    ],
)
def test_no_tax_offered_as_a_choice_holds_none(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


def test_the_writers_own_no_tax_beside_a_regime_asked_about_is_none(reader: SituationReader) -> None:
    assert read(reader, "je ne paie pas d'impôt, ou bien il faut être AE pour l'amo ?").get("tax_situation") == "none"
