"""The AMO rate written as a figure asks the AMO's cost (nlu/amo_rate.py): "6,37 % de quoi exactement ?" read
ask_help. The sentences are in no training or held-out file.
"""

import pytest

from nlu.amo_rate import names_the_rate, rerank
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import scored


@pytest.mark.parametrize(
    "text",
    [
        "c'est 6,37 % de quoi ?",
        "6.37 % ديال شنو",
        "نسبة 6,37 من ماذا؟",
        "6,37 f l'miya mn ach?",
        "٦٫٣٧ بالمئة تحسب على أي دخل؟",
    ],
)
def test_the_rate_asks_the_cost(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_cost"


@pytest.mark.parametrize("text", ["6,37 %", "٦٫٣٧", "6.37%", "6 , 37"])
def test_the_rate_is_found_in_any_digits(text: str) -> None:
    assert names_the_rate(text)


@pytest.mark.parametrize("text", ["16,37 dh", "6,375", "637 dh", "6 37", "2015"])
def test_other_numbers_are_not_the_rate(text: str) -> None:
    assert not names_the_rate(text)


def test_a_topic_without_the_cost_among_its_first_readings_stays() -> None:
    ranked = scored(("rna_register_how", 0.6), ("rna_apply", 0.2), ("rna_documents", 0.1), ("amo_cost", 0.05))
    assert rerank("je paie déjà les 6,37 %, comment m'inscrire au RNA ?", ranked) == ranked


def test_another_question_on_the_amo_stays() -> None:
    ranked = scored(("amo_enroll", 0.5), ("amo_cost", 0.3))
    assert rerank("je veux cotiser les 6,37 %, je m'inscris où ?", ranked) == ranked
