"""Whether one's work is a craft, with no verb of registering, is the list of trades (nlu/craft_question.py)."""

import pytest

from nlu.craft_question import rerank
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "ana plombier wach hadi 7erfa f sijil",
        "خدام فالمحاسبة، واش هادي حرفة ديال السجل؟",
        "je suis chauffeur, c'est un métier reconnu par le registre ?",
        "الحلاقة واش محسوبة صنعة فالسجل",
        "ana 7ellaq, wach m3trf biha ka 7erfa f sijil?",
        # The message closes on "is it a craft?", a yes/no opener before the noun.
        "لدي شهادة في الطبخ المغربي، هل الطبخ حرفة تقليدية؟",
        "أعمل في تصليح الهواتف منذ 6 سنوات، هل هي حرفة؟",
        "khdama f l7lwa hadi 5 snin, wach l7lwa 7irfa?",
    ],
)
def test_whether_the_work_is_a_craft_asks_the_list_of_trades(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "craft_lookup", "training"))
    assert [r["name"] for r in ranked] == ["craft_lookup", "rna_eligibility", "training"]


@pytest.mark.parametrize(
    "text",
    [
        "انا نجار، واش نقدر نتسجل؟ واش هادي حرفة؟",
        "ana khayata wach n9der ntsjel",
        "7erfti hiya ddbagha, wach y9der yt9bel wa7ed bla diplome?",
        "عندي 3 سنين فهاد الحرفة",
        "ana m3allem f l7irfa hadi 12 3am",
        "je fais ce métier depuis 2015",
        "هل هي حرفة تحتاج إلى دبلوم أو سنوات من الممارسة للتسجيل؟",
    ],
)
def test_asking_whether_one_may_register_stays_eligibility(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_eligibility", "craft_lookup")) == ranking(
        "rna_eligibility", "craft_lookup"
    )


def test_the_papers_between_eligibility_and_the_list_leave_the_work_in_question() -> None:
    text = "انا خدام فالكونطابيليتي، واش هادي حرفة ديال السجل الوطني؟"
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "rna_documents", "craft_lookup"))
    assert [r["name"] for r in ranked] == ["craft_lookup", "rna_eligibility", "rna_documents"]


def test_another_topic_between_is_left_to_the_classifier() -> None:
    text = "ana plombier wach hadi 7erfa f sijil"
    assert rerank(lemmas(text), ranking("rna_eligibility", "training", "craft_lookup")) == ranking(
        "rna_eligibility", "training", "craft_lookup"
    )


def test_other_pairs_are_left_to_the_classifier() -> None:
    text = "wach hadi 7erfa?"
    assert rerank(lemmas(text), ranking("training", "craft_lookup")) == ranking("training", "craft_lookup")


# The classifier with the rule, on sentences no training or held-out file holds.
@pytest.mark.parametrize(
    "text",
    [
        "انا خدام فالكونطابيليتي عند واحد الشركة، واش هادي حرفة ديال السجل الوطني؟",
        "خدام فالفرمليا ديال السبيطار، واش هادي صنعة ديال السجل؟",
        "خدامة فالكوافور ديال العيالات، واش هادي حرفة فالسجل؟",
        "ana gardien f immeuble, wach hadi 7erfa dyal sijil?",
    ],
)
def test_the_classifier_sends_is_my_work_a_craft_to_the_list(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "craft_lookup"


@pytest.mark.parametrize(
    "text",
    [
        "Le travail du marbre c'est de l'artisanat ou du bâtiment ? Je suis auto-entrepreneur à Tanger.",
        "واش الحلاقة حرفة ولا خدمة عادية؟",
    ],
)
def test_the_craft_weighed_against_other_work_is_the_list_behind_any_first(text: str) -> None:
    assert rerank(lemmas(text), ranking("find_office", "craft_lookup", "rna_eligibility"))[0]["name"] == "craft_lookup"


def test_a_craft_or_not_with_registering_is_left_to_the_classifier() -> None:
    text = "je fais de la poterie ou de la céramique, je peux m'inscrire ?"
    assert rerank(lemmas(text), ranking("rna_eligibility", "craft_lookup"))[0]["name"] == "rna_eligibility"


def test_where_unaccented_after_the_craft_is_no_or() -> None:
    text = "je suis de Nador, la chambre d'artisanat elle est ou?"
    assert rerank(lemmas(text), ranking("find_office", "craft_lookup"))[0]["name"] == "find_office"


def test_where_over_there_after_the_craft_is_no_or() -> None:
    text = "Je suis auto-entrepreneur et je déménage à Dakhla. La chambre d'artisanat, elle est où là-bas ?"
    assert rerank(lemmas(text), ranking("find_office", "craft_lookup"))[0]["name"] == "find_office"
