"""Modern Standard Arabic families of round 28 (helper C, data/nlu/round28C): the reply language asked by a language's
name (Amazigh, Tachelhit, Tarifit, "لغة الضاد", "لغة موليير"), how a relative's file stands, doubting the assistant
is a person said as a statement, and other people's pay, accounts and companies asked with the domain's money and
register words. Checked on sentences that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    ["هل تتقن الأمازيغية؟ أبي لا يفهم غيرها", "أرجو أن تخاطبني بتاشلحيت", "أجبني بالريفية إن استطعت", "هل تكتب بلغة موليير؟"],
)
def test_a_language_named_asks_for_the_reply_language(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "choose_language"


@pytest.mark.parametrize("text", ["ما حالة طلب أخي في السجل؟", "تتبع ملف ابنتي في السجل لو سمحت"])
def test_a_relatives_file_asks_where_it_stands(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_status"


@pytest.mark.parametrize("text", ["لا أعتقد أنك إنسان", "أشك في أنك موظف حقيقي", "يخيل إلي أنك آلة"])
def test_doubting_a_person_is_there_asks_whether_it_is_a_machine(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "bot_challenge"


@pytest.mark.parametrize(
    "text", ["كم يتقاضى الحارس الليلي في الشهر؟", "كيف أسجل شركة تجارية في السجل التجاري؟"]
)
def test_other_peoples_pay_or_company_is_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


# Their neighbours keep their intents: registering a relative now, the artisan's own contribution and register.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سجل أخي الآن في السجل، هو حداد في وجدة", "rna_apply"),
        ("كم أدفع شهريا للتأمين الصحي كحرفي؟", "amo_cost"),
        ("كيف أسجل في السجل الوطني للصناعة التقليدية عبر الإنترنت؟", "rna_register_how"),
    ],
)
def test_their_neighbours_keep_their_intents(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
