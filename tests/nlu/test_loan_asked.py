"""A loan asked for is financing, whatever the words around it weigh towards (nlu/loan_asked.py): selling, the right
to it, a tax regime told first. Selling and support without money named, registering to get a loan later, and the
loans of out-of-scope messages stay with the classifier."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.loan_asked import rerank
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


@pytest.mark.parametrize(
    "text",
    [
        "أنا فالضريبة الموحدة، واش عندي الحق فشي تمويل؟",
        "ana mikanisyan, wach 3ndi l7a9 f chi kredi?",
        "عندي مقاولة صغيرة ديال الحدادة، واش من حقي ناخد قرض؟",
        "je tiens une comptabilité, ai-je droit à un prêt ?",
    ],
)
def test_the_right_to_money_is_financing(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "financing", "training"))
    assert [r["name"] for r in ranked] == ["financing", "rna_eligibility", "training"]
    assert ranked[0]["confidence"] == 0.6
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "out_of_scope", "financing"))
    assert [r["name"] for r in ranked] == ["financing", "rna_eligibility", "out_of_scope"]


# A tax regime, a workshop or an accountant told first pulls towards AMO, the papers or the registry.
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("je suis au réel avec une fiduciaire, est ce que je peux avoir un prêt bancaire ?", "bot_challenge"),
        ("ما كنخلص حتى ضريبة وما عنديش كونطابل، واش نقدر ناخد كريدي؟", "amo_cost"),
        ("je n'ai pas de patente ni d'identifiant fiscal, on peut me prêter de l'argent pour commencer ?", "rna_documents"),
        ("3ndi atelier dyal nnjara w lcomptable kaydir liya l7sabat, chno l3orod dyal lbanka?", "amo_enroll"),
        ("c.p.u chaque trimestre, je suis dinandier, y a des aides bancaires ?", "find_office"),
    ],
)
def test_a_loan_asked_after_a_story_is_financing(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking(first, "financing", "rna_eligibility"))
    assert [r["name"] for r in ranked] == ["financing", first, "rna_eligibility"]
    ranked = rerank(lemmas(text), ranking(first, "amo_info", "financing"))
    assert [r["name"] for r in ranked] == ["financing", first, "amo_info"]


@pytest.mark.parametrize(
    "text",
    [
        "واش عندي الحق نتسجل باش ناخد قرض؟",
        "wach n9der ntsjel bach nakhod kredi mn b3d?",
        "ana 7addad, wach 3ndi l7a9 ntsjel?",
    ],
)
def test_registering_to_get_money_later_stays_eligibility(text: str) -> None:
    three = ranking("rna_eligibility", "financing", "training")
    assert rerank(lemmas(text), three) == three


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # Loans for a car, a flat, a bank account: out of scope.
        ("أريد قرضا لشراء سيارة، أي بنك تنصحون به؟", "out_of_scope"),
        ("kifach n7el compte f banka", "out_of_scope"),
        ("comment faire un credit immobilier pour fonctionnaire", "out_of_scope"),
        # Ready, not a loan; a no to financing; the pension's grant.
        ("oui allez-y, je suis prêt", "affirm"),
        ("لا، ما قصدت التمويل", "deny"),
        ("التقاعد فالضمان شحال خاص الواحد يخلص باش ياخد شي منحة فالأخير؟", "pension_info"),
        # A loan told, and the cost of AMO asked.
        ("حليناها بالكريدي والمحاسب كيصرح بالحسابات. شحال كيخلص كل واحد فينا فلامو؟", "amo_cost"),
    ],
)
def test_other_loans_and_topics_are_left_to_the_classifier(text: str, first: str) -> None:
    three = ranking(first, "financing", "rna_eligibility")
    assert rerank(lemmas(text), three) == three


def test_financing_below_third_is_left_to_the_classifier() -> None:
    text = "wach 3ndi l7a9 f chi kredi?"
    four = [*ranking("rna_eligibility", "training", "out_of_scope"), {"name": "financing", "confidence": 0.05}]
    assert rerank(lemmas(text), four) == four


# The classifier with the rule, on sentences no training or held-out file holds.
@pytest.mark.parametrize(
    "text",
    [
        "je veux créer un site pour vendre mes poteries, il existe un crédit pour ça ?",
        "bghit ndir boutique en ligne l zrabi dyali, kayn chi kredi?",
        "بغيت نشارك فمعرض برا، واش كاين شي تمويل؟",
        "هل يوجد تمويل لإطلاق متجر إلكتروني للحلي؟",
        "انا فالنظام المبسط ديال الضريبة، واش عندي الحق فشي قرض من الدولة؟",
        "ana comptable w 3ndi charika sghira, wach 3ndi l7a9 f chi tamwil?",
        "je paie la CPU tous les ans et je n'ai pas de comptable, est-ce que j'ai droit à un prêt bancaire ?",
        "ما عندي لا باطانطا لا والو وكنخدم الفخار فالدار، واش يقدرو يعطيوني شي قرض؟",
    ],
)
def test_the_classifier_sends_a_loan_asked_to_financing(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "financing"


@pytest.mark.parametrize(
    ("text", "first"),
    [("lancez mon affiliation au registre, je suis prêt", "rna_apply"), ("on est prêts, lancez la demande", "rna_apply")],
)
def test_ready_is_no_loan(text: str, first: str) -> None:
    three = ranking(first, "financing", "rna_eligibility")
    assert rerank(lemmas(text), three) == three
