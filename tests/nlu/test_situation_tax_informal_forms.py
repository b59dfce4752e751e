"""Working informally, said with the feminine or the adverb ("activité informelle", "de manière informelle",
"informellement"), is no tax, as "dans l'informel" is; learning a trade informally says nothing of tax."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je travaille de manière informelle, combien pour l'amo ?",
        "je travaille de façon informelle chez moi, l'amo ça coûte combien ?",
        "mon activité est informelle, est-ce que je peux avoir l'amo ?",
        "j'ai une petite activité informelle de couture, combien je paierai pour la cnss ?",
        "je suis une artisane informelle, combien pour l'amo ?",
        "je travaille informellement depuis 10 ans, je paie combien pour l'amo ?",
        "je bosse de maniere informelle, cmb l'amo ?",
        # The adjective alone, as a telegraphic answer.
        "Potière à Safi depuis 2010. Pas de diplôme. Informelle. Combien pour l'AMO ?",
        "on est deux brodeuses, informelles, l'amo c'est combien pour nous ?",
    ],
)
def test_working_informally_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai appris le métier de manière informelle, sans diplôme, combien pour l'amo ?",
        "je suis à la CPU, avant j'avais une activité informelle, combien pour l'amo ?",
    ],
)
def test_informal_learning_or_past_is_not_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") != "none"
