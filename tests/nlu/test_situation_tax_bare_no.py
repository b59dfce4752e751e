"""Regimes asked bare and answered "no", one after another like a form ("CPU ? non. Réel ? non plus."), are none of
them held (nlu/situation_bare_no.py); with nothing paid said beside them, none. A regime held stays so when a "no"
answers something else, or when the "no" names another regime after it."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Au réel ? Non. À la CPU ? Non. Auto-entrepreneur ? Non plus. Je ne déclare rien. Comment s'inscrire à l'AMO ?",
        "Forfait ? non. Réel ? non. Je suis dans l'informel, combien coûte l'AMO ?",
        "AE ? non. CPU ? non. Je paie rien. Combien l'AMO ?",
    ],
)
def test_every_regime_answered_no_then_nothing_paid_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "statut AE ? non. cpu ? non. combien je paie l'amo ?",
        "CPU ? non. AE ? non. La retraite, j'y ai droit ?",
    ],
)
def test_regimes_answered_no_hold_none_of_them(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") in (None, "none")


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Je suis à la CPU, c'est bon pour l'AMO ? non ? combien je paie ?", "cpu"),
        ("Réel ? non, je suis à la CPU. Combien l'AMO ?", "cpu"),
        ("Je suis auto-entrepreneur. La CPU ? non merci. Combien l'AMO ?", "auto_entrepreneur"),
    ],
)
def test_a_regime_held_beside_a_no(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
