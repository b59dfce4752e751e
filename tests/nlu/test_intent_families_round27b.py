"""French kinds learned from examples (data/nlu/round27B), checked on sentences that no training or held-out file
holds: a figure of the domain names its topic (said right or wrong, with "c'est ça ?" after it), taking one's
details off "your" list, registering someone said as an order with the
trade and the town, what the assistant can do for someone else's needs, where the contribution is paid, registering
without going to the office.

Only the intent classifier is trained (once for every module: the `classifier` fixture of conftest.py).
"""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from tests.nlu.classifier_training import intent


# Read otherwise by main's examples (ask_help, rna_documents, amo_enroll, out_of_scope, craft_lookup, marketing).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 6,37 il est applique sur quoi ?", "amo_cost"),
        ("enlevez mon telephone de votre liste", "forget_me"),
        ("inscrivez ma belle-soeur, elle est brodeuse a Sefrou", "rna_apply"),
        ("enregistrez mon oncle, il est tanneur a Fes", "rna_apply"),
        ("qu'est-ce que vous pouvez proposer a mes clients ?", "ask_help"),
    ],
)
def test_french_kinds_read_their_intent(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


# Neighbours of the same kinds that read right already and must stay so.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("forsa a 2% c'est ca ?", "financing"),
        ("la retraite c'est 15% c'est ca ?", "pension_info"),
        ("je contacte le 3939 pour terminer l'affiliation ?", "amo_enroll"),
        ("on verse la cotisation ou ?", "amo_enroll"),
        ("vous pouvez faire quoi pour mes voisines artisanes ?", "ask_help"),
        ("l'enregistrement au rna peut se faire de chez moi ?", "rna_register_how"),
    ],
)
def test_their_neighbours_stay(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected
