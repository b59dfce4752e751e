"""The writer's tax situation told first, then the question: "Quand l'agent … j'ai montré ma carte
d'auto-entrepreneur. Est-ce que je peux être inscrit au registre ?" read artisan_card (whether one may register is
rna_eligibility), and "Je ne suis redevable d'aucun impôt … Quelles démarches pour l'AMO ?" read amo_cost
(the steps to join are amo_enroll). Learned from examples of the kind (data/nlu/round30A) and checked on sentences
that no training or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Avec ma carte d'auto-entrepreneur, ai-je le droit d'être inscrit au RNA ?", "rna_eligibility"),
        ("Titulaire de la carte d'auto-entrepreneur, puis-je figurer au registre national de l'artisanat ?", "rna_eligibility"),
        ("Non imposable depuis toujours, quelles démarches pour avoir l'AMO ?", "amo_enroll"),
        ("Je suis exonéré, le percepteur ne me demande rien. Comment je fais pour m'affilier à l'assurance maladie ?", "amo_enroll"),
    ],
)
def test_the_question_after_the_writers_status(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J'ai ma carte d'auto-entrepreneur, comment obtenir aussi la carte professionnelle d'artisan ?", "artisan_card"),
        ("Je ne paie aucun impôt, combien je dois verser pour l'AMO ?", "amo_cost"),
    ],
)
def test_the_neighbouring_topics_stay(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
