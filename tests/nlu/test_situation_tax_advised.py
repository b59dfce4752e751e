"""A regime advised, heard of, or asked how to register in is not held; nor one of "an" AE in general."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        # Advised or heard of.
        "ma cousine m'a conseillé la micro-entreprise, ça coûte combien l'amo ?",
        "j'ai entendu parler de la contribution professionnelle unique, combien pour la cnss ?",
        "nse7ni wa7ed sa7bi b auto entrepreneur, ch7al kaykhelles f amo?",
        "سمعت على المساهمة المهنية الموحدة، شحال فيها؟",
        # How to register in a regime, or "to be" one.
        "kifach ntsjel f l'auto entrepreneur, ch7al kayakhod?",
        "كيفاش نتسجل فالمقاول الذاتي؟ شحال كياخد؟",
        "comment m'inscrire en micro-entreprise ?",
        "واش مزيان باش نكون أوطو أونتروبرونور؟",
        # A regime of "an" AE, in general.
        "quels sont les droits d'un auto-entrepreneur pour l'amo ?",
    ],
)
def test_a_regime_advised_or_asked_about_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("mon comptable m'a conseillé le forfait, et depuis 2021 je suis au forfait, combien l'amo ?", "cpu"),
        ("kifach ntsjel f cnss? ana f auto entrepreneur", "auto_entrepreneur"),
        ("je suis à la CPU, un ami m'a parlé de l'auto-entrepreneur", "cpu"),
    ],
)
def test_the_writers_regime_beside_advice(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
