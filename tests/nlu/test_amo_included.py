"""Who is in the writer's AMO with them is the coverage (nlu/amo_included.py): a spouse or a child entering, being in
or benefiting from the writer's cover, or the writer in a relative's. Adding someone, asking how, or asking an amount
stays the enrolment or the cost."""

import pytest

from nlu.amo_included import rerank
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "واش مراتي والدراري داخلين معايا فلامو؟ أنا كنخلص الضريبة كل عام نفس المبلغ",
        "عندي جوج ولاد صغار، واش كيستافدو حتى هوما من التغطية؟ أنا حداد",
        "واش بنتي يدخلو معايا فالأمو ولا لا، عندها 20 عام",
        "mrati khdama f dar, wach ana n9der nstafed m3aha mn l'amo?",
        "هل يمكن لزوجي أن يستفيد من التأمين الصحي معي؟ أنا خياطة",
        "mes enfants sont inclus dans mon AMO ? je paie la CPU",
    ],
)
def test_who_is_in_the_cover_is_the_coverage(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "amo_enroll", "amo_info"))[0]["name"] == "amo_info"
    assert rerank(lemmas(text), ranking("amo_enroll", "amo_info", "amo_cost"))[0]["name"] == "amo_info"


@pytest.mark.parametrize(
    "text",
    [
        # How: the enrolment.
        "كيفاش ندخل مراتي معايا فلامو؟",
        "wach mrati tdkhol m3aya f l'amo, kifach ndir?",
        # Declaring: the enrolment.
        "واش نقدر نصرح بولدي معايا فلامو؟",
        # An amount: the cost.
        "ولادي داخلين معايا فلامو، شحال نخلص عليهم؟",
        # No one in the family, no "with": entering the AMO is joining it.
        "بغيت ندخل للأمو، أنا نجار",
        # The writer adding the wife: the enrolment.
        "بغيت ندخل مراتي معايا فالتغطية",
    ],
)
def test_adding_how_or_an_amount_stays(text: str) -> None:
    three = ranking("amo_enroll", "amo_info", "amo_cost")
    assert rerank(lemmas(text), three) == three


def test_another_topic_first_or_info_far_down_is_left_alone() -> None:
    text = "واش مراتي داخلة معايا فلامو؟"
    assert rerank(lemmas(text), ranking("rna_eligibility", "amo_info")) == ranking(
        "rna_eligibility", "amo_info"
    )
    five = ranking("amo_cost", "a", "b", "c", "amo_info", confidences=(0.5, 0.2, 0.1, 0.1, 0.1))
    assert rerank(lemmas(text), five) == five


@pytest.mark.parametrize(
    "text",
    [
        "كنخلص للضرائب مبلغ ثابت كل عام، واش ولادي اللي كيقراو داخلين معايا فلامو؟",
        "واش الدراري الصغار كياخدو كلشي فلامو؟ أنا كنخلص لافورفي",
    ],
)
def test_the_classifier_reads_who_is_in(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_info"


@pytest.mark.parametrize(
    "text",
    [
        "bba 3ndo 70 3am w ana kankhlles CPU, wach ydkhl m3aya f lamo wla la?",
        "لي ابن معاق عمره ثلاثون سنة، هل يبقى ابني مستفيدا من التامين الصحي معي؟",
        "wldi 3ndo 25 3am w mazal kay9ra, wach ybqa m3aya f tta2min?",
    ],
)
def test_a_dependant_entering_or_staying_in_the_cover_is_the_coverage(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "amo_enroll", "amo_info"))[0]["name"] == "amo_info"
