"""A regime said in the future is planned, not held (nlu/situation_future.py): after the writer's future verb ("je
serai", "je deviendrai", "je devrai", "je m'inscrirai") or after a date to come ("le mois prochain", "l'an
prochain"). What the writer says of now beside it ("pour l'instant c'est la CPU", "actuellement je ne paie rien")
is held, and a regime held since a date stays held."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Je serai auto-entrepreneur dès que j'aurai mon attestation, l'AMO coûtera combien ?",
        "La semaine prochaine je m'inscris à la CPU. C'est quoi la cotisation AMO ?",
        "Je m'inscrirai comme auto-entrepreneur au printemps, est-ce que j'aurai la retraite ?",
        "En janvier je passerai au régime du résultat net réel, combien pour l'AMO ?",
        "l'année prochaine je deviendrai autoentrepreneuse, je paierai combien pour l'amo ?",
    ],
)
def test_a_regime_in_the_future_is_not_held(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Après l'été je basculerai au réel, pour le moment je suis AE. Combien pour l'AMO ?", "auto_entrepreneur"),
        ("En 2027 je deviendrai micro-entrepreneuse ; aujourd'hui je ne paie aucun impôt. La cotisation ?", "none"),
        ("Le mois prochain je serai à la CPU, actuellement je ne déclare rien. Comment m'inscrire à l'AMO ?", "none"),
        ("Je devrai tenir une comptabilité l'an prochain ; pour l'instant c'est la CPU. Combien l'AMO ?", "cpu"),
    ],
)
def test_the_regime_of_now_beside_a_future_one_is_held(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Depuis janvier je suis auto-entrepreneur, je paierai combien pour l'AMO ?", "auto_entrepreneur"),
        ("Je suis à la CPU depuis l'an dernier. Combien je paierai pour l'AMO ?", "cpu"),
        ("Je voudrai savoir, je suis au réel avec un comptable, combien pour l'AMO ?", "accounts"),
    ],
)
def test_a_regime_held_now_stays_held(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
