"""A word of retirement with no word of the AMO or health cover makes the pension the question, when the classifier
put an AMO intent first and the pension second (a tax regime and "combien" weigh towards amo_cost)."""

import pytest

from nlu.pension_question import rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "je suis au forfait, la retraite je cotise combien ?",
        "auto-entrepreneuse depuis 2020, pour la pension de retraite c'est combien par mois",
        "ana f cpu, ch7al nkhelles l tta9a3od?",
        "أنا فالمساهمة المهنية الموحدة، شحال غادي نخلص فالتقاعد؟",
        "أؤدي الضريبة المهنية الموحدة، كم أدفع للتقاعد؟",
    ],
)
@pytest.mark.parametrize("first", ["amo_cost", "amo_info", "amo_enroll"])
def test_retirement_without_the_amo_is_the_pension(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "pension_info", "financing"))
    assert [r["name"] for r in ranked] == ["pension_info", first, "financing"]


@pytest.mark.parametrize(
    "text",
    [
        "je suis AE, l'amo et la retraite c'est combien ?",
        "أنا مقاول ذاتي، شحال نخلص فالتغطية الصحية والتقاعد؟",
        "je suis à la CPU, combien pour l'assurance maladie ?",
    ],
)
def test_the_amo_named_or_no_retirement_is_left_alone(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "pension_info")) == ranking("amo_cost", "pension_info")


def test_the_pension_not_runner_up_is_left_alone() -> None:
    text = "je suis au forfait, la retraite je cotise combien ?"
    assert rerank(lemmas(text), ranking("amo_cost", "financing")) == ranking("amo_cost", "financing")
