"""A regime weighed against a bare "réel" ("vaut mieux la CPU ou le réel ?", "entre la CPU et le réel, lequel…",
"Forfait ou réel : qui paie le moins ?") is a comparison: the writer states no regime of their own
(nlu.situation_tax._weighed_with_real). "Réellement", or a regime said alone, stays as it was."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Entre la CPU et le réel, lequel donne la meilleure retraite à un artisan ?",
        "vaut mieux la CPU ou le réel pour l'AMO ?",
        "CPU ou réel, c'est quoi le plus avantageux pour la retraite ?",
        "le réel ou l'auto-entrepreneur, lequel est mieux pour la retraite ?",
        "Forfait ou réel : qui paie le moins d'AMO ?",
    ],
)
def test_a_regime_weighed_against_the_real_is_not_held(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis à la CPU et réellement je paie peu, combien l'amo ?", "cpu"),
        ("je suis au forfait, c'est mieux que rien, combien l'amo ?", "cpu"),
    ],
)
def test_a_regime_said_alone_is_kept(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
