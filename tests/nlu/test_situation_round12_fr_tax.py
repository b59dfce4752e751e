"""Round 12 (French, sixth hand, tax and category): the tax office named as "la perception" or "la recette", a
regime named in general and compared ("l'auto-entrepreneur paie plus cher qu'un artisan…"), property taxes out of
the domain, and trades said by what they make (meubles, paniers)."""

import pytest

from nlu.lexicon import Lexicon
from nlu.out_of_domain import OutOfDomain
from nlu.situation import SituationReader
from tests.nlu.test_lexicon import found
from tests.nlu.test_out_of_domain import lemmas
from tests.nlu.test_situation import read
from tests.nlu.test_situation_round10 import trades  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    "text",
    [
        "je règle un montant fixe à la perception tous les ans, l'amo me coûtera combien ?",
        "chaque année je verse une somme fixe au percepteur, la cotisation c'est combien ?",
    ],
)
def test_a_fixed_amount_paid_at_the_tax_office_is_the_cpu(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "cpu"


@pytest.mark.parametrize(
    "text",
    [
        "est-ce que l'auto-entrepreneur cotise plus cher qu'un artisan qui ne paie pas d'impôt ?",
        "la CPU c'est moins cher pour l'amo que le statut d'auto-entrepreneur ?",
        "un auto-entrepreneur paie plus cher que le forfait pour la santé ?",
    ],
)
def test_regimes_named_in_general_and_compared_are_asked_not_held(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # The writer's own regime, then a comparison: still held.
        ("je paie la CPU, c'est plus cher que l'auto-entrepreneur ?", "cpu"),
        ("je suis à la CPU, c'est plus cher pour moi l'amo ?", "cpu"),
        ("je ne paie pas d'impôt, l'amo c'est plus cher pour moi ?", "none"),
    ],
)
def test_a_regime_held_stays_held_beside_a_comparison(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    "text", ["la taxe d'habitation de ma maison a doublé", "il me faut un timbre fiscal pour la mairie"]
)
def test_property_taxes_and_tax_stamps_are_out_of_domain(text: str) -> None:
    assert OutOfDomain().says_out_of_domain(lemmas(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("je vends mes paniers au marché du jeudi", "PLANT_FIBRES"),
        ("on a un atelier de fabrication de meubles à Salé", "WOOD"),
    ],
)
def test_trades_said_by_what_they_make(trades: Lexicon, text: str, code: str) -> None:  # noqa: F811
    assert ("craft", code) in [(entity, value) for entity, value, _ in found(trades, text)]


@pytest.mark.parametrize(
    "text",
    [
        # "non" opening the message is not an answer to the assistant here: it belongs to the participle.
        "non imposé, je fais des babouches, quel montant pour la cnss amo",
        "non imposée, je brode chez moi, l'amo coûte combien ?",
    ],
)
def test_non_before_a_tax_participle_states_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
