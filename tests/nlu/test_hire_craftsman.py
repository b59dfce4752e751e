"""Looking for a craftsman to do work for oneself is out of scope, not the help desk (nlu/hire_craftsman.py)."""

import pytest

from nlu.hire_craftsman import rerank
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "bghit chi wa7ed ysawb lia lkuzina, 3ndk numero?",
        "كنقلب على شي خياطة تخيط ليا جلابة، عطيني النمرة ديالها",
        "khassni chi m3allem ysle7 lia chauffe-eau daba",
        "شكون يركب ليا الرخام فالدروج؟ عطيني شي واحد",
    ],
)
def test_work_asked_for_oneself_is_out_of_scope(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("human_handoff", "out_of_scope", "marketing"))
    assert [r["name"] for r in ranked] == ["out_of_scope", "human_handoff", "marketing"]


@pytest.mark.parametrize(
    "text",
    [
        "bghit chi wa7ed yjaweb lia",
        "بغيت نهضر مع شي واحد يعاوني",
        "3tini chi wa7ed mn lmowadafin",
        "chkoun ydir li bghit?",
    ],
)
def test_asking_for_a_person_stays_the_help_desk(text: str) -> None:
    assert rerank(lemmas(text), ranking("human_handoff", "out_of_scope")) == ranking("human_handoff", "out_of_scope")


def test_other_pairs_are_left_to_the_classifier() -> None:
    text = "بغيت شي واحد يدير ليا التسجيل"
    assert rerank(lemmas(text), ranking("human_handoff", "rna_apply")) == ranking("human_handoff", "rna_apply")


# The classifier with the rule, on sentences no training or held-out file holds.
@pytest.mark.parametrize(
    "text",
    [
        "chkoun ydir lia zlij f salon, 3tini chi wa7ed",
        "bghit chi khyata tkhyet lia qaftan l3rs, 3ndk chi numero?",
        "bghit chi nejjar ysawb lia placard, 3ndkom chi numero?",
        "كنقلب على شي معلم يصاوب ليا الزليج فالحمام، عطيني شي واحد",
    ],
)
def test_the_classifier_sends_hiring_a_craftsman_out_of_scope(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "out_of_scope"
