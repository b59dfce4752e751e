"""A rate of the turnover paid or declared is the auto-entrepreneur's tax: the CPU is a fixed sum, accounts pay on
the profit (nlu.situation_tax)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je paie 1% de mon chiffre d'affaires, combien pour l'amo ?",
        "je donne 0,5 % de mes ventes aux impôts chaque trimestre",
        "on paye 1 pour cent du CA, c'est tout",
        "kankhelles 1 f lmia mn lbi3 dyali, amo ch7al?",
        "kan3ti 1% mn chiffre d'affaire l dariba",
        "nkhelles 0.5% mn chiffre d'affaires kol trimestre",
        "كنعطي 1% من المبيعات ديالي للضرائب، شحال لامو؟",
        "كنخلص واحد فالمية من رقم المعاملات",
        "نؤدي نسبة 1 في المائة من رقم المعاملات، فكم الاشتراك؟",
        "أدفع واحدا بالمائة من رقم أعمالي كل ثلاثة أشهر",
    ],
)
def test_a_rate_of_the_turnover_paid_is_the_auto_entrepreneur(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


@pytest.mark.parametrize(
    "text",
    [
        # A rate of something else, or a rate asked about without paying it, names no regime.
        "la cotisation amo c'est 6,37 % du revenu forfaitaire ?",
        "le 1% du chiffre d'affaires c'est pour qui ?",
        "kankhelles 20% dyal tva",
        # The flat-rate income the AMO is a share of is the AMO's base, not the flat-rate regime.
        "le revenu forfaitaire de ma catégorie c'est combien pour l'amo ?",
        "شحال هو الدخل الجزافي اللي كيحسبو بيه لامو؟",
    ],
)
def test_a_rate_not_of_ones_turnover_names_no_regime(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)
