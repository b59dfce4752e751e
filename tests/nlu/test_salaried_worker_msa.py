"""A writer who says in MSA that they are an employee ("أنا موظف", "أنا مستخدمة") or speaks of their employer
("مشغلي") asks about their own CNSS, pension or pay: out of scope, not the artisans' AMO (nlu/salaried_worker.py).
"أنا موظف في البنك، كيف أحسب معاش التقاعد في الصندوق المغربي للتقاعد؟" read pension_info. A spouse's job, a clerk to
talk to and a former employee now an artisan stay in scope. The sentences are in no training or held-out file.
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.salaried_worker import writer_is_salaried
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas


@pytest.mark.parametrize(
    "text",
    [
        "أنا موظفة في شركة للتأمين، كم يقتطع من راتبي للتقاعد؟",
        "أنا موظف في الجماعة، كيف أضيف ابني إلى التغطية الصحية؟",
        "مشغلي لا يصرح بي في الضمان الاجتماعي، ماذا أفعل؟",
        "أنا مستخدم في فندق، هل لي حق في المعاش؟",
    ],
)
def test_an_employee_writer_in_msa_is_found(text: str) -> None:
    assert writer_is_salaried(lemmas(text))


@pytest.mark.parametrize(
    "text",
    [
        "زوجتي موظفة، هل أستطيع أن أضيفها إلى تأميني؟",
        "أريد أن يكلمني موظف من الضمان الاجتماعي",
        "كنت موظفا والآن أنا حرفي، كم أدفع للتأمين الصحي؟",
    ],
)
def test_others_jobs_and_former_employees_now_artisans_are_not_employee_writers(text: str) -> None:
    assert not writer_is_salaried(lemmas(text))


@pytest.mark.parametrize(
    "text",
    ["أنا موظفة في شركة للتأمين، كم يقتطع من راتبي للتقاعد؟", "مشغلي لا يصرح بي في الضمان الاجتماعي، ماذا أفعل؟"],
)
def test_an_employees_own_cnss_question_is_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"
