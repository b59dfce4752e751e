"""Whether years without a diploma are enough to be accepted is eligibility (nlu/accepted_question.py)."""

import pytest

from nlu.accepted_question import rerank
from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "ما عندي ديبلوم غير الخبرة ديال 15 عام، واش يقبلوني؟",
        "tajriba dyal 10 snin bla chahada, katkfi?",
        "sans diplôme, juste 8 ans d'expérience, je suis accepté ?",
        "غير الصنعة بلا قراية، واش كافية؟",
    ],
)
def test_being_accepted_without_a_diploma_is_eligibility(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("training", "rna_eligibility", "rna_documents"))
    assert [r["name"] for r in ranked] == ["rna_eligibility", "training", "rna_documents"]


@pytest.mark.parametrize(
    "text",
    [
        "واش يقبلوني فالتكوين بلا ديبلوم؟",
        "bghit diplome b tajriba, wach kayn formation?",
        "est-ce que l'école m'accepte sans bac ?",
    ],
)
def test_being_accepted_in_a_course_stays_training(text: str) -> None:
    assert rerank(lemmas(text), ranking("training", "rna_eligibility")) == ranking("training", "rna_eligibility")


def test_other_pairs_are_left_to_the_classifier() -> None:
    text = "tajriba katkfi?"
    assert rerank(lemmas(text), ranking("rna_documents", "rna_eligibility")) == ranking(
        "rna_documents", "rna_eligibility"
    )


# The classifier with the rule, on sentences no training or held-out file holds.
@pytest.mark.parametrize(
    "text",
    [
        "بلا ديبلوم بلا تكوين غير 14 عام ديال الخدمة فالفخار، كنتقبل؟",
        "ma 3ndi ta diplome, ghir 11 3am dyal tajriba f nnjara, wach y9blouni?",
        "ما قريتش والتجربة ديالي 9 سنين فالنجارة، واش كافية؟",
    ],
)
def test_the_classifier_sends_being_accepted_to_eligibility(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_eligibility"
