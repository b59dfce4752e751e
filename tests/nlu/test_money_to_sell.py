"""Money asked for to sell one's work is financing; selling, fairs and support without money named stay marketing."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.money_to_sell import rerank
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "je voudrais ouvrir une boutique en ligne pour mes babouches, la banque peut m'aider ?",
        "un microcredit pour aller exposer au salon de paris c possible",
        "bghit nsayeb site l nnhas dyali, kayn chi 9ard?",
        "nbghi nsifet zrabi l barra, wach lbanka t3tini kredi?",
        "بغيت نصدر الجلد ديالي لأوروبا، واش كاين شي كريدي؟",
        "أرغب في عرض منتوجاتي في معرض دولي، هل من منحة أو قرض؟",
    ],
)
def test_money_asked_to_sell_is_financing(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("marketing", "financing", "out_of_scope"))
    assert [r["name"] for r in ranked] == ["financing", "marketing", "out_of_scope"]
    assert ranked[0]["confidence"] == 0.6


@pytest.mark.parametrize(
    "text",
    [
        "comment vendre mes tapis sur internet ?",
        "wach kayn chi da3m bach nchark f lma3arid?",
        "كيفاش ناخد علامة صنع يدوي؟",
        "هل هناك فرصة لعرض منتجاتي في دار الصانع؟",
    ],
)
def test_selling_without_money_named_stays_marketing(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("marketing", "financing", "out_of_scope"))
    assert [r["name"] for r in ranked] == ["marketing", "financing", "out_of_scope"]


def test_other_pairs_are_left_to_the_classifier() -> None:
    text = "un credit pour mon site de vente ?"
    assert rerank(lemmas(text), ranking("marketing", "out_of_scope")) == ranking("marketing", "out_of_scope")
    assert rerank(lemmas(text), ranking("financing", "marketing")) == ranking("financing", "marketing")


# The classifier with the rule, on sentences no training or held-out file holds.
@pytest.mark.parametrize(
    "text",
    [
        "je veux créer un site pour vendre mes poteries, il existe un crédit pour ça ?",
        "bghit ndir boutique en ligne l zrabi dyali, kayn chi kredi?",
        "بغيت نشارك فمعرض برا، واش كاين شي تمويل؟",
        "هل يوجد تمويل لإطلاق متجر إلكتروني للحلي؟",
    ],
)
def test_the_classifier_sends_money_to_sell_to_financing(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "financing"


# out_of_scope slipped between marketing and financing by words the model does not know ("site web", a carved stone).
@pytest.mark.parametrize(
    "text",
    [
        "bghit nftah site web l lkhzef lmzwe9 dyali, wach lbanka t3tini kredi?",
        "bghit nsifet nnhas lmnqouch l lkharij, chi 9ard mn bank?",
        "أريد موقعا إلكترونيا لبيع الخزف المزخرف، هل يمنحني البنك قرضا؟",
    ],
)
def test_money_asked_to_sell_is_financing_with_out_of_scope_between(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("marketing", "out_of_scope", "financing", confidences=(0.4, 0.3, 0.2)))
    assert [r["name"] for r in ranked] == ["financing", "marketing", "out_of_scope"]
    assert ranked[0]["confidence"] == 0.4


def test_financing_behind_another_in_scope_intent_is_left_to_the_classifier() -> None:
    text = "bghit nbi3 f site, chi kredi?"
    three = ranking("marketing", "training", "financing")
    assert rerank(lemmas(text), three) == three
