"""A sum paid to the tax office in person every quarter ("300 dh à la perception", "فالقباضة", "f l9bada") is the
flat-rate CPU, as a sum paid to it every year is. Declaring every quarter stays the auto-entrepreneur's; the patente,
a question, or a quarterly payment without a sum states no CPU."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "chaque trimestre je verse 250 dh à la perception, c'est combien l'amo pour moi",
        "je paye 400 dirhams à la recette des impôts tous les trois mois, la retraite c'est obligatoire ?",
        "كنخلص 500 درهم فالقباضة كل ثلاثة أشهر، شحال الاشتراك ديال لامو؟",
        "kankhelles 200 dh f l9bada kol 3 chhor, kifach nts9el f l'amo",
    ],
)
def test_paying_the_tax_office_every_quarter_is_the_cpu(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "cpu"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("je paie la patente chaque trimestre à la perception, l'amo c'est combien", None),
        ("est-ce que je dois payer 300 dh chaque trimestre à la perception ?", None),
        ("je paie chaque trimestre à la perception, combien pour l'amo", None),
        ("je paye tous les trois mois à la perception, et le montant de l'amo ?", None),
        ("je déclare mon chiffre d'affaires chaque trimestre, combien l'amo", "auto_entrepreneur"),
    ],
)
def test_the_patente_a_question_a_declaration_or_no_sum_is_no_cpu(
    reader: SituationReader, text: str, value: str | None
) -> None:
    assert read(reader, text).get("tax_situation") == value
