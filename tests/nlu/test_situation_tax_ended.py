"""A regime the writer says is over ("fini l'auto-entrepreneur", "l'auto-entreprise c'est fini", "plus de CPU",
"terminé le forfait") is left: with none other named, the writer holds none (nlu.situation_tax._past, the ``ended``
and ``no_more`` cues). "Plus de" counting years ("plus de 10 ans au forfait") ends nothing."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "plus d'AE, plus rien. l'amo c'est combien ?",
        "Terminé la CPU depuis 2022, maintenant je ne paie plus rien. Combien pour l'AMO ?",
        "L'auto-entreprise c'est fini depuis l'an dernier, aujourd'hui aucun statut. L'AMO me coûtera combien ?",
        "Avant j'avais la CPU, c'est fini, là je suis sans rien. Je paie combien d'AMO ?",
        "fini le forfait pour moi, combien je dois cotiser à l'amo ?",
        "le statut auto-entrepreneur, c'est terminé depuis mars. Je m'inscris comment à l'AMO ?",
    ],
)
def test_a_regime_said_over_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("ça fait plus de 10 ans au forfait, combien l'amo ?", "cpu"),
        ("je suis à la CPU depuis plus de 5 ans, l'amo coûte combien ?", "cpu"),
        ("fini la CPU, je suis passé auto-entrepreneur en 2024, combien l'amo ?", "auto_entrepreneur"),
        ("je suis AE, j'ai fini mon inscription à la CNSS, combien je paie ?", "auto_entrepreneur"),
    ],
)
def test_years_and_other_ends_keep_the_regime(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
