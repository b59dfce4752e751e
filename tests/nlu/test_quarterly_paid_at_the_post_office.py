"""Paying every quarter at the post office, said as one's own, is the auto-entrepreneur's tax even with no verb of
declaring; a payment stopped says a regime left, and one asked about or denied states none."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "كنخلص كل ثلاث شهور فالبريد، شحال خاصني نزيد للأمو؟",
        "أنا نجار فسلا وكنخلص كل 3 شهور فالبريد، واش التقاعد داخل؟",
        "kankhlles kol 3 chhor f lbarid, ch7al l'amo?",
        "je paie tous les trois mois à la poste barid al maghrib, l'amo c'est combien ?",
    ],
)
def test_paying_every_quarter_at_the_post_office_is_the_auto_entrepreneurs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


def test_a_quarterly_payment_stopped_is_no_tax_now(reader: SituationReader) -> None:
    text = "كنت كنخلص كل ثلاث شهور فالبريد ولكن سديت هاد العام، شحال الأمو دابا؟"
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "واش خاصني نخلص كل ثلاث شهور فالبريد؟",
        "ما كنخلصش كل ثلاث شهور فالبريد",
    ],
)
def test_a_quarterly_payment_asked_or_denied_states_no_regime(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") != "auto_entrepreneur"
