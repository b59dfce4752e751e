"""A regime followed by its refusal ("ma demande d'AE a été rejetée", "المقاول الذاتي تم رفضه") or by the writer's "I
know nothing of it" ("le forfait, j'y connais rien") is not the writer's; a refusal of something else, further on,
leaves the regime held."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("mon dossier d'auto-entrepreneur a été rejeté le mois dernier, combien l'amo ?", None),
        ("طلب المقاول الذاتي تم رفضه، كم سأدفع للتأمين الصحي؟", None),
        ("le statut AE m'a été refusé alors je n'ai aucun statut, combien pour l'amo", "none"),
        ("le forfait j'y connais rien, moi je suis auto-entrepreneuse, combien l'amo ?", "auto_entrepreneur"),
    ],
)
def test_a_regime_refused_or_unknown_to_the_writer_is_not_held(reader: SituationReader, text: str, tax: str | None) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis à la CPU et ma demande de crédit a été refusée par la banque, que faire ?", "cpu"),
        ("je suis auto-entrepreneur je connais pas le montant de l'amo", "auto_entrepreneur"),
    ],
)
def test_a_refusal_of_something_else_leaves_the_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
