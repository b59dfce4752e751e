"""The professional card that has not arrived, asked in Darija ("fin hiya lcarte dyali", "ma wslatnich"): the card
(artisan_card), not where the registration stands (rna_status), whose examples ask where "my" file has got to.
Learned from examples (data/nlu/round18) and checked on sentences that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    [
        "fin hiya lcarte dyali ma wslatnich",
        "lbita9a dyali mazal ma jatnich",
        "البطاقة ديالي مازال ما جاتنيش",
        "ma carte d'artisan n'est toujours pas arrivee",
    ],
)
def test_the_card_that_has_not_arrived_is_the_card(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "artisan_card"


# Where one's registration stands is still the status.
@pytest.mark.parametrize(
    "text",
    ["fin wsel tasjil dyali", "واش تقبل الطلب ديال التسجيل ديالي؟", "j'aimerais savoir ou en est mon inscription"],
)
def test_where_the_registration_stands_stays_status(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_status"
