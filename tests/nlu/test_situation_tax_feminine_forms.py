"""A French feminine spelt otherwise than the one listed is read as its masculine (nlu/situation_cue_finder.py
``_masculine_guess``): "autoentrepreneure", "microentrepreneure", "otoentrepreneure" (the regime glued, "-eure" for
"-euse") are auto-entrepreneurs; a word that only ends like a feminine is no cue."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis autoentrepreneure, combien l'AMO ?",
        "Autoentrepreneure depuis 2022, je voudrais savoir combien je paie pour l'AMO.",
        "je suis microentrepreneure depuis 2021, combien pour l'amo",
        "je suis otoentrepreneure, combien l'AMO ?",
        "Autoentrepreneure et brodeuse, je voudrais m'inscrire à la CNSS, comment faire ?",
    ],
)
def test_a_glued_feminine_auto_entrepreneur_is_held(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


@pytest.mark.parametrize(
    "text",
    [
        "Je suis couturière à la maison, combien je paie pour l'AMO ?",
        "Je suis une entrepreneure dans l'âme, c'est quoi l'AMO ?",
    ],
)
def test_other_feminine_words_name_no_regime(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)
