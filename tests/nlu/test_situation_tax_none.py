"""Paying no tax: registered nowhere ("ma msajla f hta chi blasa"), not registered "à" the DGI (the French "à" is no
"has" and does not stop the negation), "non imposé" said before the rest (no answer to the assistant), other French
ways ("hors impôts", "pas d'ICE"), and having nothing where the tax is the topic (not without a tax word)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize("text", ["ana ma msajla f hta chi blasa, amo ch7al?", "أنا ما مسجل فحتى بلاصة، لامو شحال؟"])
def test_registered_nowhere_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "je suis pas inscrit à la DGI, l'amo combien",
        "je suis pas inscrit a la dgi, combien pour l'amo ?",
        "je ne suis pas déclarée à la perception, l'amo me coûte combien ?",
        "je suis pas enregistré à la taxe professionnelle, combien l'amo ?",
    ],
)
def test_the_french_to_does_not_stop_a_negation(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        # "non" opening the message is not an answer to the assistant here: it belongs to the participle.
        "non imposé, je fais des babouches, quel montant pour la cnss amo",
        "non imposée, je brode chez moi, l'amo coûte combien ?",
        "non patentée, je brode chez moi, combien l'amo ?",
    ],
)
def test_non_before_a_tax_participle_said_first_states_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    ["je suis pas fiscalisé, l'amo combien", "je suis hors impôts, l'amo combien", "pas d'ICE rien du tout, l'amo combien"],
)
def test_more_french_ways_of_saying_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("mmi kant 3ndha lbatinda w sdditha, ana ma3ndi walo, amo bch7al?", "none"),
        ("أخي لديه الفورفي، أما أنا فليس لدي أي شيء، كم AMO؟", "none"),
        # Without a tax word, having nothing says no tax situation.
        ("ma 3ndi walo, amo ch7al?", None),
    ],
)
def test_having_nothing_is_no_tax_where_tax_is_the_topic(reader: SituationReader, text: str, tax: str | None) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        "i don't pay taxes, je travaille chez moi, combien l'amo ?",
        "no tax, ana kankhdem f dar, ch7al amo?",
        "tax free, pas de régime, combien pour la cnss",
    ],
)
def test_english_ways_of_saying_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "la, ma3ndi 7ta nidam, ch7al l amo?",
        "لا، ماعنديش حتى شي نظام، شحال نخلص فلامو؟",
        "لا أخضع لأي نظام، كم أدفع للتأمين الصحي؟",
        "je n'ai aucun régime, combien l'amo ?",
    ],
)
def test_no_regime_at_all_is_no_tax(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
