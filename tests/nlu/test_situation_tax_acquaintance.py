"""A friend's, neighbour's or associate's regime, said with nothing of the writer's own, is a claim the writer
reports ("mon voisin, qui est à la CPU, paie 200 dh… c'est pareil pour tout le monde ?", "mon ami dit qu'avec
l'auto-entrepreneur…"), not the regime asked about; a family member's is ("mon père est au forfait, il paie
combien ?"), and so is a friend's when the writer says they ask for them."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Mon voisin, qui est à la CPU, paie 150 dh d'AMO chaque mois. Tout le monde paie pareil ?",
        "ma copine qui est auto-entrepreneuse dit que l'amo ne rembourse rien, c'est vrai ?",
        "mon ami qui est au réel m'a dit que la retraite des artisans n'existe pas encore, c'est vrai ?",
        "Mon associé dit qu'avec la CPU on a droit à la retraite, vous confirmez ?",
        "صاحبي فالمساهمة المهنية الموحدة كيقول بلي لامو كتخلص غير 100 درهم، واش بصح؟",
    ],
)
def test_an_acquaintances_regime_is_not_asked_about(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("mon père est au forfait, il paie combien pour l'amo ?", "cpu"),
        ("ma sœur est auto-entrepreneuse, elle a droit à la retraite ?", "auto_entrepreneur"),
        ("mon ami est auto-entrepreneur, combien pour l'amo ? je demande pour lui", "auto_entrepreneur"),
        ("mon voisin est à la CPU, moi aussi, combien on paie pour l'amo ?", "cpu"),
    ],
)
def test_a_family_regime_or_one_asked_for(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
