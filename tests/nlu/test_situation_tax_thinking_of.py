""""Je pense" before a verb of registering, becoming or declaring oneself ("je pense m'inscrire comme
auto-entrepreneur", "je pense devenir AE") is a plan: the regime is not held. "Je pense que je suis au forfait" still
holds it, as "je crois que" does."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je pense m'inscrire comme auto-entrepreneur en janvier, l'amo ça me coûtera combien ?",
        "je pense devenir AE cette année, qu'est-ce que ça change pour ma cotisation amo",
        "je pense me déclarer auto entrepreneur bientôt, la retraite c'est combien",
        "je pensais m'inscrire comme auto-entrepreneuse, est-ce que j'aurai un crédit ?",
    ],
)
def test_a_regime_one_thinks_of_taking_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_thinking_one_holds_a_regime_still_holds_it(reader: SituationReader) -> None:
    assert read(reader, "je pense que je suis au forfait, combien pour l'amo ?").get("tax_situation") == "cpu"
