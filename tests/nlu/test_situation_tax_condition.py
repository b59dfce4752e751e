"""A regime one would become under a condition ("si je deviens AE", "إذا أصبحت مقاولا ذاتيا") is not held."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "si un jour je deviens AE, la cnss va me prendre plus ?",
        "لو صرت مقاولا ذاتيا هل يرتفع اشتراكي؟",
    ],
)
def test_a_regime_under_a_condition_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_a_regime_become_is_held(reader: SituationReader) -> None:
    assert read(reader, "je suis devenu auto-entrepreneur en mai, combien l'amo ?").get("tax_situation") == "auto_entrepreneur"
