"""A question of how to register, first in the ranking or close behind an unsure first, is understood however thinly a
story told before it spread the classifier (nlu/register_question.py's understood)."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.register_question import UNDERSTOOD, understood
from tests.nlu.classifier_training import top_intent
from tests.nlu.rankings import lemmas, scored

THIN = scored(("rna_register_how", 0.15), ("rna_eligibility", 0.14), ("marketing", 0.12))


@pytest.mark.parametrize(
    "text",
    [
        "عندنا تعاونية ديال الحلي ففكيك كيفاش نسجلوها",
        "حنا خمسة ديال الخوت دايرين تعاونية ديال النحاس فمراكش وانا الرئيس ديالها كيفاش نسجلو التعاونية",
        "7na cooperative dyal zrabi f tinghir, kifach ntsjlo?",
        "notre coopérative de poterie à Safi existe depuis 2010 et compte douze femmes : comment l'inscrire ?",
        "بغيت نتسجل فالسجل الوطني. منين نبدا؟",
    ],
)
def test_a_how_question_first_is_understood(text: str) -> None:
    assert understood(lemmas(text), THIN) == [{"name": "rna_register_how", "confidence": UNDERSTOOD}, *THIN[1:]]


@pytest.mark.parametrize(
    ("text", "thin"),
    [
        # No question of how: a cooperative told, and the register named.
        ("عندنا تعاونية ديال الحلي ففكيك ومسجلة فالسجل", THIN),
        # How, but the papers named: the papers' own question.
        ("عندنا تعاونية ديال الحلي، كيفاش نسجلوها وشنو الوراق؟", THIN),
        # Already read surely.
        ("كيفاش نتسجل فالسجل؟", scored(("rna_register_how", 0.8), ("rna_apply", 0.1))),
    ],
)
def test_other_rankings_are_left_alone(text: str, thin: list[dict]) -> None:
    assert understood(lemmas(text), thin) == thin


@pytest.mark.parametrize(
    "text",
    [
        "التعاونية ديالنا فأرفود كتصاوب السلال والحصير بالدوم، كيفاش نسجلوها؟",
        # How the process goes, beside a verb of registering.
        "التعاونية ديالنا ديال الزرابي فالرباط باغية تتسجل، كيفاش كتكون العملية بالنسبة للتعاونيات؟",
        "احنا عندنا تعاونية ديال الدوم، وبغينا نسجلوها فالسجل. كيفاش كتمشي الأمور؟",
    ],
)
def test_a_how_question_behind_an_unsure_first_is_understood(text: str) -> None:
    unsure = scored(("marketing", 0.22), ("rna_register_how", 0.19), ("financing", 0.15))
    assert understood(lemmas(text), unsure)[0] == {"name": "rna_register_how", "confidence": UNDERSTOOD}


@pytest.mark.parametrize(
    "ranked",
    [
        # A sure first.
        scored(("marketing", 0.45), ("rna_register_how", 0.19), ("financing", 0.15)),
        # Too far down.
        scored(("marketing", 0.22), ("financing", 0.19), ("rna_eligibility", 0.15), ("rna_register_how", 0.1)),
        # A topic one also registers for.
        scored(("amo_enroll", 0.22), ("rna_register_how", 0.19), ("financing", 0.15)),
    ],
)
def test_a_sure_far_or_registered_for_first_is_left_alone(ranked: list[dict]) -> None:
    text = "التعاونية ديالنا فأرفود كتصاوب السلال والحصير بالدوم، كيفاش نسجلوها؟"
    assert understood(lemmas(text), ranked) == ranked


def test_the_classifier_understands_a_cooperative_asking_how(classifier: TfidfIntentClassifier) -> None:
    assert top_intent(classifier, "عندنا تعاونية ديال الحلي ففكيك كيفاش نسجلوها")["confidence"] >= UNDERSTOOD


@pytest.mark.parametrize(
    "text",
    [
        # The group is what is registered: the register, not a loan, is asked, however the topic led.
        "حنا سبعة ديال النسا فتعاونية كنخدمو الدوم فشيشاوة، كيفاش كتسجل التعاونية ديالنا؟",
        # Entering the register is registering.
        "عندنا تعاونية ديال الدوم، كيفاش التعاونية ديالنا تدخل للسجل؟",
    ],
)
def test_a_group_registered_is_understood_behind_a_topic_one_registers_for(text: str) -> None:
    unsure = scored(("financing", 0.2), ("marketing", 0.19), ("rna_register_how", 0.19))
    assert understood(lemmas(text), unsure)[0] == {"name": "rna_register_how", "confidence": UNDERSTOOD}


@pytest.mark.parametrize(
    "text",
    [
        "الصراحة ما فهمتش، شكون بالضبط لي مسموح ليه يدخل لهاد السجل الوطني؟",
        "qui a le droit de s'inscrire au registre ?",
    ],
)
def test_who_may_register_is_eligibility_understood(text: str) -> None:
    thin = scored(("rna_eligibility", 0.18), ("financing", 0.11))
    assert understood(lemmas(text), thin)[0] == {"name": "rna_eligibility", "confidence": UNDERSTOOD}


def test_who_may_without_registering_is_left_alone() -> None:
    thin = scored(("rna_eligibility", 0.18), ("financing", 0.11))
    assert understood(lemmas("شكون اللي يقدر ياخد الكريدي؟"), thin) == thin
