"""Being outside the tax system is paying no tax: "je suis pas dans le système", "ماشي فالسيستيم"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis pas dans le système, l'amo c'est combien ?",
        "chui dans aucun systeme moi, amo c combien",
        "je travaille hors système depuis toujours, combien pour la cnss ?",
        "ana machi f systeme, ch7al amo?",
        "أنا ماشي فالسيستيم، شحال نخلص فلامو؟",
    ],
)
def test_outside_the_system_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        # MSA "not registered with the tax office" ("غير" before a participle, with "لدى"), and SMS "au noir".
        "أنا حرفي غير مسجل لدى إدارة الضرائب، كيف أنخرط في التأمين؟",
        "نحن غير مسجلين ضريبيا... أنا غير مسجلة ضريبيا، كم الاشتراك؟",
        "jsui o noir depuis tjr, cmb la cnss",
    ],
)
def test_not_registered_with_the_tax_office_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_darija_only_registered_is_not_none(reader) -> None:
    # Darija "غير" is "only": "أنا غير مسجل فالضرائب" is registered, regime unknown.
    assert read(reader, "أنا غير مسجل فالضرائب وصافي، شحال لامو؟").get("tax_situation") is None
