"""Money needed but not named, in Darija: a machine or an oven worn out and an empty pocket, tools one cannot buy
after a job elsewhere ("kont khdam f chi café…"), asks for financing. No word of such stories is a loan word, and
many (a café, a pocket, a job left) are out-of-scope words, so they went to eligibility, papers or the fallback.
Learned from examples of the kind (data/nlu/round20) and checked on sentences that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    [
        "كنت خدام فشي كافي وخرجت، دابا كنخدم الجلد فالدار والآلات ماعنديش باش نشريهم",
        "فران ديال الفخار خاصني نبدلو والجيب خاوي",
        "الماكينة ديال الخياطة خسرات ليا وماعندي منين نجيب أخرى",
    ],
)
def test_money_needed_but_not_named_is_financing(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "financing"


# A customer who wants to buy the work stays out of scope.
@pytest.mark.parametrize(
    "text", ["بغيت نشري زربية للصالون، بشحال عندكم؟", "bghit nchri tajine dyal lfekhar, ch7al?"]
)
def test_buying_the_work_stays_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"
