"""How, where or by what means the AMO is paid, and declaring a spouse or a child, are the enrolment (shared/INTENTS.md:
"how to join CNSS for AMO, declare dependants, pay"); an amount asked stays the cost."""

import pytest

from nlu.amo_question import rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "comment je paie l'amo ? je suis au forfait",
        "fin nkhlles l'amo dyali? ana f cpu",
        "bghit n5elles l'amo bl internet, ana auto-entrepreneur",
        "الاشتراك ديال لامو كيتقطع من الكونط ولا نخلص بيدي؟ أنا ما كنخلص حتى ضريبة",
        "kifach ndeclari wldi f l'amo? ana f cpu",
        "كيفاش نزيد مراتي فالتغطية؟ كنخلص لافورفي",
    ],
)
def test_how_to_pay_or_declare_a_dependant_is_the_enrolment(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))
    assert ranked[0]["name"] == "amo_enroll"


@pytest.mark.parametrize(
    "text",
    [
        "ch7al nkhlles f l'amo? ana f cpu",
        "combien je paie l'amo par mois si je déclare ma femme ?",
        "ما عرفتش واش ندير لوطو ولا نخلص لافورفي، شكون فيهم مزيان للأمو؟",
    ],
)
def test_an_amount_or_no_means_of_paying_stays_the_cost(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("amo_cost", "amo_info", "amo_enroll"))
    assert ranked[0]["name"] == "amo_cost"
