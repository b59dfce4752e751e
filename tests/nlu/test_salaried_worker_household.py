"""A household employee named by the job ("الخادمة", "مربية أطفالي", "السائق الذي يعمل عندي", "ma nounou") and declared
or registered to the CNSS by the writer is the employer's errand: out of scope, not the artisans' AMO
(nlu/salaried_worker.py). "أريد التصريح بالخادمة التي تعمل عندي في البيت لدى الضمان الاجتماعي، كيف؟" and "كيف أسجل
عاملة منزلية في الضمان الاجتماعي؟" read amo_enroll: the verb "أسجل" was taken for the artisan's own registering. The
writer's own family, a workshop's employee and an artisan registering himself stay in scope. The sentences are in no
training or held-out file.
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.salaried_worker import writer_is_salaried
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas

HOUSEHOLD = [
    "كيف أصرح بالسائق الذي يعمل عندي في الضمان الاجتماعي؟",
    "هل يجب أن أسجل مربية أطفالي في الضمان الاجتماعي؟",
    "كم أدفع للضمان الاجتماعي عن الخادمة؟",
    "البستاني الذي يشتغل في بيتي، هل أصرح به في الضمان؟",
    "كيف نسجل العاملة المنزلية في الضمان الاجتماعي؟",
    "je dois declarer ma nounou a la cnss ?",
]


@pytest.mark.parametrize("text", HOUSEHOLD)
def test_a_household_employer_is_found(text: str) -> None:
    assert writer_is_salaried(lemmas(text))


@pytest.mark.parametrize("text", HOUSEHOLD)
def test_a_household_employees_cnss_is_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "كيف أسجل زوجتي وأطفالي في التأمين الصحي؟",
        "j'ai un employe dans mon atelier, je dois le declarer a la cnss ?",
        "أنا حرفي ولدي خادمة، كيف أسجل نفسي في التأمين؟",
        "أنا خدامة فالطرز، كيفاش نتسجل فالضمان؟",
    ],
)
def test_ones_own_family_workshop_or_registering_stays_in_scope(text: str) -> None:
    assert not writer_is_salaried(lemmas(text))
