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
