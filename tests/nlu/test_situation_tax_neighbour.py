"""A neighbour named with the definite article or Darija's "dyali" ("le voisin", "la voisine", "الجار ديالي",
"ljara dyali") is someone else, as "mon voisin" and "جاري" are: the regime said of them is not the writer's."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "le voisin est auto-entrepreneur, moi je fais du cuivre, l'amo c'est combien pour moi ?",
        "la voisine elle paie la CPU, et moi combien je dois payer pour l'amo",
        "الجار ديالي مقاول ذاتي، أنا شحال خاصني نخلص فلامو؟",
        "الجارة ديالي فالمساهمة المهنية الموحدة، وأنا كيفاش نتسجل فالضمان الاجتماعي؟",
        "ljara dyali auto entrepreneur, ana ch7al nkhelles f l'amo?",
    ],
)
def test_a_neighbours_regime_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
