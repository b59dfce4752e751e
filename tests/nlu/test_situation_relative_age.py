"""Years right after a relative and "de" are the relative's age ("mon fils de 16 ans veut être apprenti"), not years
of practice that would make the writer a registrant by practice."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ma fille de 17 ans veut apprendre la broderie, comment faire ?",
        "mon neveu de 15 ans aimerait devenir apprenti chez un menuisier",
        "mon fils de 19 ans voudrait entrer en apprentissage, il peut ?",
        "bonjour, ma nièce de 16 ans cherche un maître pour la dinanderie",
    ],
)
def test_a_relatives_age_is_no_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") != "practice"


@pytest.mark.parametrize(
    "text",
    [
        # Years of work said after the age still count.
        "mon frère de 30 ans fait de la poterie depuis 8 ans, il peut s'inscrire ?",
        "je travaille le cuir depuis 5 ans",
    ],
)
def test_years_of_work_beside_an_age_still_count(reader: SituationReader, text: str) -> None:
    assert read(reader, text)["category"] == "practice"
