"""The retirement asked beside what the writer says of themself — years in the trade, a tax regime, books kept, the
AMO already paid — is pension_info: "je suis potier depuis 30 ans, est-ce que j'aurai droit à une retraite ?" read
rna_eligibility and "je tiens des livres comptables…, est-ce que je dois cotiser pour la retraite en plus de
l'AMO ?" amo_cost. Learned from examples of the kind (data/nlu/round27A) and checked on sentences that no training
or held-out file holds.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    "text",
    [
        "je n'ai aucun statut fiscal, je suis bijoutier à Tiznit depuis 28 ans, est-ce que j'aurai droit à une retraite ?",
        "sellier depuis 33 ans à Fès, est-ce que j'aurai droit à une pension ?",
        "je ne paie aucun impôt et je tisse depuis 40 ans, est-ce que j'ai droit à la retraite ?",
        "je suis à la CPU depuis 15 ans, j'aurai droit à une retraite ?",
        "j'ai un comptable, faut-il aussi cotiser pour la pension en plus de l'AMO ?",
    ],
)
def test_the_retirement_asked_beside_the_writers_situation(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "pension_info"
