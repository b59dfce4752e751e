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
        "أنا مقاول ذاتي، شحال خاصني نخلص فالشهر باش تكون عندي الريتريت من بعد؟",
        # "retraite" with its "ت" written "ط", and "la" glued on.
        "شحال خاصني نخلص فالشهر باش تكون عندي روطريت من بعد؟ ما مصرحين بحتى حاجة للضرائب",
        "كنخلص الفورفي كل عام، واش كاينة لاروطريت للصناع بحالي؟",
    ],
)
@pytest.mark.parametrize("first", ["amo_cost", "amo_info", "amo_enroll"])
def test_retirement_without_the_amo_is_the_pension(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), text, ranking(first, "pension_info", "financing"))
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
    assert rerank(lemmas(text), text, ranking("amo_cost", "pension_info")) == ranking("amo_cost", "pension_info")


def test_the_pension_not_runner_up_is_left_alone() -> None:
    text = "je suis au forfait, la retraite je cotise combien ?"
    assert rerank(lemmas(text), text, ranking("amo_cost", "financing")) == ranking("amo_cost", "financing")


@pytest.mark.parametrize(
    "text",
    [
        "أعمل في الخياطة التقليدية منذ عشر سنوات، هل سجلي في السجل الوطني يعطيني الحق في التقاعد؟",
        "l'inscription au registre donne droit à une retraite ?",
        "je suis potière depuis 15 ans. Si je m'inscris au RNA, j'aurai droit à la retraite ?",
        "wach ttasjil f sijil kay3tik l7e9 f retraite?",
    ],
)
def test_retirement_in_the_asking_clause_is_the_pension(text: str) -> None:
    ranked = rerank(lemmas(text), text, ranking("rna_eligibility", "craft_lookup", "pension_info"))
    assert ranked[0]["name"] == "pension_info"


@pytest.mark.parametrize(
    "text",
    [
        "je suis à la retraite, je peux m'inscrire ?",
        "أنا متقاعد من التعليم وأصنع الفخار منذ خمس سنوات، هل يمكنني التسجيل؟",
        "ana mt9a3ed w kan9ad zrabi, wach n9der ntsjel?",
    ],
)
def test_retired_in_the_story_then_a_registering_question_is_registering(text: str) -> None:
    ranked = rerank(lemmas(text), text, ranking("pension_info", "rna_eligibility", "rna_apply"))
    assert ranked[0]["name"] == "rna_eligibility"


@pytest.mark.parametrize(
    "text",
    [
        # Retirement as the topic fronted, not the writer's state; retirement and the AMO asked together.
        "pour la retraite, comment je m'inscris ?",
        "les retraités peuvent s'inscrire au registre ou pas",
        "هل التسجيل يعطيني الحق في التقاعد والتغطية الصحية؟",
    ],
)
def test_retirement_as_a_topic_or_with_the_amo_is_left_alone(text: str) -> None:
    for before in (ranking("pension_info", "rna_eligibility", "amo_info"), ranking("rna_eligibility", "pension_info")):
        assert rerank(lemmas(text), text, before) == before


# The North's Spanish word for the pension.
@pytest.mark.parametrize(
    "text",
    [
        "كنخلص الفورفي، شحال خاصني نخلص باش تكون عندي الخوبيلاسيون؟",
        "ana f cpu, ch7al nkhelles l jubilacion?",
    ],
)
def test_the_spanish_word_for_the_pension_is_the_pension(text: str) -> None:
    assert rerank(lemmas(text), text, ranking("amo_cost", "pension_info", "amo_info"))[0]["name"] == "pension_info"


@pytest.mark.parametrize(
    "text",
    [
        "kan9ad zrabi f dar bla dariba, wach kayn chi t9a3od liya mn b3d?",
        "wach kayn tqa3od l l7rayfiya li khdamin f dyorhom?",
    ],
)
def test_retirement_with_9_or_q_for_its_qaf_is_the_pension(text: str) -> None:
    ranked = rerank(lemmas(text), text, ranking("rna_eligibility", "amo_info", "pension_info"))
    assert ranked[0]["name"] == "pension_info"


def test_the_pension_with_darijas_glued_article_is_the_pension() -> None:
    text = "ana auto entrepreneur, lpension wach lazem nkhllsha wla ikhtiyariya?"
    ranked = rerank(lemmas(text), text, ranking("rna_eligibility", "amo_cost", "pension_info"))
    assert ranked[0]["name"] == "pension_info"
