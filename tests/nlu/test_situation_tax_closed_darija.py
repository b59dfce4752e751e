"""A regime said closed or struck off in Darija's passive ("l'AE dyali tsedd", "radiyawni mn l'auto") is a regime left:
with nothing named instead, no tax now."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "l'auto entrepreneur dyali tsedd hadi 3am, ch7al l'amo daba?",
        "lcpu dyali tsddat mn 2023, ch7al nkhelles f l'amo",
        "radiyawni mn l'auto entrepreneur, ch7al l'amo?",
    ],
)
def test_a_regime_closed_in_darija_is_left(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
