"""A regime the writer asks of themself and answers "no" to, another regime named after, is taken back: the other is
theirs ("au réel ? Non, c'est le forfait"). A "no" with no other regime after it, or one denying the other, leaves the
first."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("moi je suis auto-entrepreneur ? non, au forfait, je confonds toujours. l'amo combien ?", "cpu"),
        ("je suis à la CPU ? Non non je crois que je suis au réel avec le comptable", "accounts"),
        ("هل أنا مقاول ذاتي؟ لا، أؤدي المساهمة المهنية الموحدة. كم أدفع للتأمين؟", "cpu"),
        ("ana f l'auto? la, ana f cpu, ch7al l'amo", "cpu"),
        # The "no" denies the other regime: the first stays.
        ("je suis AE ? non pas au forfait, combien l'amo ?", "auto_entrepreneur"),
        # "la" before a word is the French article, no Darija "no".
        ("moi je suis AE ? la CPU c'est pour mon frère, combien l'amo ?", "auto_entrepreneur"),
    ],
)
def test_a_regime_answered_no_gives_way(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
