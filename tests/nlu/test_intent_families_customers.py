"""Customers and bank clients who use the domain's words: buying a craft product, or asking whether "you" sell one,
is not selling one's own work (marketing); opening an account, a blocked bank card or a transfer is not a loan
(financing). Learned from examples (data/nlu/round17) and checked on sentences that no training or held-out file
holds; the artisan's side of the same words stays in scope.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py), on every
variety's examples as the model is (a minute or two).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


# A customer wants a product, or asks whether the assistant sells it.
@pytest.mark.parametrize(
    "text",
    [
        "je voudrais un miroir en cuivre pour mon entrée, vous en avez ?",
        "فين نلقى جلابة مخدومة بالصنعة نلبسها فالعيد",
    ],
)
def test_a_customer_buying_a_craft_product_is_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


# Everyday banking, with no loan asked.
@pytest.mark.parametrize(
    "text",
    [
        "j'ai perdu ma carte bancaire, comment la faire opposer",
        "نسيت الكود ديال لاكارط ديال البنكة",
        "bghit nbeddel l'adresse dyal compte dyali f lbanka",
    ],
)
def test_everyday_banking_is_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


# The artisan's side of the same words: selling one's work, a loan for one's workshop.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("comment vendre mes poteries aux touristes", "marketing"),
        ("بغيت نبيع الطواجن ديالي فالأنترنيت", "marketing"),
        ("bghit nbi3 lbelgha dyali l berra", "marketing"),
        ("la banque peut me preter pour acheter un four ?", "financing"),
        ("بغيت كريدي من البنكة باش نشري الماكينة ديال الخياطة", "financing"),
    ],
)
def test_the_artisans_side_stays_in_scope(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


# A customer asking "you" whether you sell, at what price, or for a craftsman to hire at home (data/nlu/round18).
@pytest.mark.parametrize(
    "text",
    [
        "vous vendez des lustres en fer forgé ?",
        "wach katbi3o lkhwatem dyal nno9ra",
        "كتبيعو الجلابة ديال الصوف؟",
        "بكم تبيعون المرآة المنقوشة؟",
        "je cherche un plâtrier pour sculpter le plafond de mon salon, vous avez quelqu'un ?",
        # "à vendre" asked of "vous": the shop's stock, not the artisan's sales.
        "vous avez des tapis a vendre ?",
        "y a des poufs a vendre chez vous ?",
    ],
)
def test_a_customer_asking_you_to_sell_or_to_send_a_craftsman_is_out_of_scope(
    classifier: TfidfIntentClassifier, text: str
) -> None:
    assert intent(classifier, text) == "out_of_scope"


# The artisan selling or shipping their own work stays marketing.
@pytest.mark.parametrize(
    "text",
    [
        "je vends mes lustres en fer forgé au marché, comment toucher plus de clients",
        "kanbi3 lkhwatem dyali f l7anout, kifach nbi3 kter",
        "كيفاش نصيفط الجلالب ديالي لكليان فأوروبا",
        "كيف أبيع المرايا التي أصنعها لزبناء في الخارج؟",
        "j'ai des lanternes a vendre, comment trouver des clients",
    ],
)
def test_the_artisan_selling_their_own_work_stays_marketing(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "marketing"
