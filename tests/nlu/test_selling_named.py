"""A platform, a fair or a label to sell with is a question about selling (nlu/selling_named.py), from behind
eligibility, the request or an AMO topic; not from behind out_of_scope, financing or the card."""

import pytest

from nlu.selling_named import rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "est-ce que jumia prend les artisans ? je fais des poufs en cuir",
        "واش جوميا كتقبل الحرفيين اللي ما مسجلينش؟",
        "Etsy c'est ouvert aux artisans marocains ?",
    ],
)
def test_a_platform_named_is_selling_wherever_marketing_stands(text: str) -> None:
    five = ranking("rna_eligibility", "financing", "artisan_card", "craft_lookup", "marketing",
                   confidences=(0.4, 0.2, 0.1, 0.1, 0.05))
    assert rerank(lemmas(text), five)[0]["name"] == "marketing"


@pytest.mark.parametrize(
    "text",
    [
        "بغيت نشارك فالمعرض ديال الصناعة التقليدية، كنخلص لافورفي كل عام",
        "la cooperative peut avoir le label ? on paie la cpu",
        "wach n9der nmchi l foire f casa? ana auto-entrepreneur",
        "bghit nbi3 f lmoussem dyal tantan, wach khassni nkon msajel?",
    ],
)
def test_a_fair_or_a_label_is_selling_from_the_first_four(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_cost", "rna_eligibility", "marketing"))[0]["name"] == "marketing"
    far = ranking("amo_cost", "a", "b", "c", "marketing", confidences=(0.4, 0.2, 0.1, 0.1, 0.05))
    assert rerank(lemmas(text), far) == far


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("je veux acheter un tapis pour mon salon, vous en vendez ?", "out_of_scope"),
        ("هل أحتاج إلى تأشيرة للسفر إلى فرنسا لحضور معرض", "out_of_scope"),
        ("bghit credit bach nchark f salon dyal lartisanat", "financing"),
        ("واش البطاقة ديال الصانع كتنفع فالمعارض؟", "artisan_card"),
        # The AMO itself asked, where the writer sells told beside it.
        ("comment payer la cotisation amo en ligne ? je suis auto entrepreneur, je vends sur Etsy", "amo_enroll"),
        ("شحال كنخلص فلامو؟ كنبيع فجوميا", "amo_cost"),
    ],
)
def test_other_topics_first_are_left_alone(text: str, first: str) -> None:
    three = ranking(first, "marketing", "rna_eligibility")
    assert rerank(lemmas(text), three) == three


# The register named behind eligibility or the request: joining it is asked, where the writer sells is their story.
@pytest.mark.parametrize(
    "text",
    [
        "Diplômée en tissage, je vends mes tapis sur Etsy. Je suis éligible au registre ?",
        "كنبيع الزرابي فجوميا، واش نقدر ندخل للسجل؟",
    ],
)
def test_the_register_named_is_asked_whatever_the_platform(text: str) -> None:
    three = ranking("rna_eligibility", "marketing", "rna_apply")
    assert rerank(lemmas(text), three)[0]["name"] == "rna_eligibility"


@pytest.mark.parametrize(
    "text",
    [
        "3ndi charika f nnjara, bghit nsddr l Spania, chi ta9ti3?",
        "نحن شركة في صناعة الجلد ونبحث عن فرص للتصدير نحو إسبانيا",
        "je voudrais exporter mes tapis au Canada, par où passer ?",
    ],
)
def test_exporting_is_selling_even_behind_out_of_scope(text: str) -> None:
    assert rerank(lemmas(text), ranking("out_of_scope", "financing", "marketing"))[0]["name"] == "marketing"
    assert rerank(lemmas(text), ranking("rna_eligibility", "marketing"))[0]["name"] == "marketing"


def test_exporting_with_marketing_far_behind_is_left_alone() -> None:
    text = "bghit nsddr zrabi"
    far = ranking("out_of_scope", "a", "b", "c", "marketing", confidences=(0.4, 0.2, 0.1, 0.1, 0.05))
    assert rerank(lemmas(text), far) == far


def test_a_loan_to_export_stays_financing() -> None:
    text = "bghit credit bach nsddr l france"
    assert rerank(lemmas(text), ranking("financing", "marketing")) == ranking("financing", "marketing")


@pytest.mark.parametrize(
    "text",
    [
        "je paie la CPU pour mon atelier, il y a des foires a Agadir cette annee pour exposer ?",
        "واش نقدر نشارك فالأسبوع الوطني ديال الصناعة التقليدية بالزرابي ديالي؟",
    ],
)
def test_a_fair_behind_financing_with_no_money_named_is_selling(text: str) -> None:
    assert rerank(lemmas(text), ranking("financing", "marketing"))[0]["name"] == "marketing"


def test_this_week_is_no_fair() -> None:
    text = "had l'usbu3, wach kayn chi dem f had lsemaine?"
    assert rerank(lemmas(text), ranking("financing", "marketing")) == ranking("financing", "marketing")


@pytest.mark.parametrize(
    "text",
    [
        "Ma SARL de ferronnerie veut commencer à exporter vers l'Espagne. Quelles banques financent les artisans pour ça ?",
        "مقاولتي في الخزف نريد توسيع الفرن والتصدير. ما المساعدات المالية المتاحة؟",
    ],
)
def test_exporting_with_a_bank_or_aid_asked_stays_financing(text: str) -> None:
    assert rerank(lemmas(text), ranking("financing", "marketing")) == ranking("financing", "marketing")
