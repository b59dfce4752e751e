"""A correction ("smhli, bghit ngoul cpu", "je voulais dire la CPU", "قصدي الجزافي") states the regime: its "want"
("bghit", "voulais") is no wish to take the regime up."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("smh liya, bghit ngoul lforfait machi auto", "cpu"),
        ("pardon, je voulais dire auto-entrepreneur, pas la CPU", "auto_entrepreneur"),
        ("سمح ليا، بغيت نقول الجزافي", "cpu"),
        ("لا، قصدي مقاول ذاتي", "auto_entrepreneur"),
        ("sorry, i mean cpu", "cpu"),
    ],
)
def test_a_corrected_regime_is_held(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


def test_a_wish_without_a_correction_still_plans(reader: SituationReader) -> None:
    assert "tax_situation" not in read(reader, "bghit ndir lforfait, ch7al amo?")
