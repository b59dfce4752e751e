"""Declaring every quarter (at the post office) is what an auto-entrepreneur does: said as one's own, it states the
regime; asked about in a yes/no question, it states none."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "kan declari kol 3 chhor f lbarid, ch7al amo?",
        "ka ndeclari kol trimestre w kankhlles, amo b ch7al?",
        "كان ديكلاري كل تريمسطر، شحال لامو؟",
        "ana kandeclari kol trimestre, wach khassni nkhelles amo?",
    ],
)
def test_declaring_every_quarter_is_the_auto_entrepreneurs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


@pytest.mark.parametrize(
    "text",
    [
        "wach khassni ndeclari kol trimestre?",
        "est-ce que je dois faire une déclaration chaque trimestre ?",
        "واش خاصني نصرح كل 3 شهور؟",
        "هل يجب علي التصريح كل ثلاثة أشهر؟",
    ],
)
def test_asking_whether_one_declares_every_quarter_states_no_regime(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "je fais ma déclaration tous les trimestres sur le portail, l'amo c'est combien ?",
        "je déclare mes ventes à chaque trimestre, je cotise combien ?",
        "kandeclari f kol trimestre, ch7al khassni nkhelles l cnss?",
        "كنصرح كل تريمستر، شحال ديال لامو؟",
        # "ثلث" for "ثلاث", as it is often typed.
        "مرتي حاملة، واش كتغطي لامو الولادة؟ انا زلايجي فسطات وكنصرح كل ثلث شهور",
    ],
)
def test_every_quarter_said_in_more_ways_is_the_auto_entrepreneurs(reader: SituationReader, text: str) -> None:
    # "tous les trimestres", "à chaque trimestre", "f kol trimestre", "كل تريمستر": the same period.
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"
