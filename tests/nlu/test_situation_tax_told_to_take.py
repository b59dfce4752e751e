"""A regime someone told the writer to take, with words between the telling and the infinitive or in the imperative
("on m'a dit à la commune de m'inscrire comme auto-entrepreneur", "ma voisine m'a dit : prends l'AE"), is not the
writer's; a regime reported as the writer's ("il m'a dit que je suis à la CPU") or named after the writer's own "je"
is."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "On m'a dit à la chambre de m'inscrire comme auto-entrepreneur, l'amo couvre quoi ?",
        "mon frère m'a dit : prends la CPU, c'est plus simple. combien l'amo ?",
        "ils m'ont demandé à la CNSS de passer au statut AE, combien je vais payer ?",
        "le monsieur de la perception m'a dit de me déclarer comme auto-entrepreneur, la retraite c'est possible ?",
        "Mon cousin m'a conseillé il y a deux mois de prendre la contribution professionnelle unique, l'amo c'est combien ?",
        "ma fille me dit tout le temps : deviens auto-entrepreneuse ! ça coûte combien l'amo ?",
    ],
)
def test_a_regime_told_to_take_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("mon comptable m'a dit que je suis à la CPU, combien l'amo ?", "cpu"),
        ("ils m'ont demandé de fournir l'attestation de la CPU, je la trouve où ?", "cpu"),
        ("on m'a dit de venir ici, je suis auto-entrepreneur, combien l'amo ?", "auto_entrepreneur"),
    ],
)
def test_a_regime_held_beside_a_telling(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
