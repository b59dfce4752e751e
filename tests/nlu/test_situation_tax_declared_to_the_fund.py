"""Not declared to the CNSS ("mon patron ne me déclare pas à la CNSS", "je suis pas déclaré à la cnss") says who
pays the writer's social cover, not their tax: no tax situation is read from it. Not declared to the tax office,
or declaring nothing, stays no tax."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "mon employeur ne m'a jamais déclaré à la CNSS",
        "le patron de l'atelier ne nous déclare pas a la cnss",
        "je ne suis pas declare a la cnss, je peux avoir l'amo ?",
        "ma patronne m'a pas déclarée auprès de la CNSS",
        "lpatron ma mdeclarinich f cnss",
    ],
)
def test_not_declared_to_the_cnss_says_no_tax_situation(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "je ne suis pas déclaré aux impôts, combien pour l'amo",
        "je declare rien, je paie combien a la cnss",
        "je suis pas déclaré, je suis tisserand, l'amo c'est combien",
    ],
)
def test_not_declared_to_the_tax_office_is_still_no_tax(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
