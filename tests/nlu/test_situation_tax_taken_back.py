"""A regime the writer takes back at once ("je suis à la CPU, enfin non, AE", "au réel... non pardon, à la CPU",
"AE. Non attendez, je suis passé à la CPU"): the regime after the correction is theirs, the slip before it is not;
a correction followed by "not yet" leaves no regime but what else is said."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("moi c'est le forfait, enfin non, le réel avec un comptable, l'amo c'est combien ?", "accounts"),
        ("AE... non pardon CPU, combien pour la cnss", "cpu"),
        ("je suis à la contribution professionnelle unique. Attendez, je me suis trompée : auto-entrepreneuse.", "auto_entrepreneur"),
        ("je suis auto entrepreneur ou plutôt au forfait depuis cette année, la retraite c'est comment ?", "cpu"),
        ("j'ai une comptable, euh non, je paie la CPU moi-même, combien l'amo", "cpu"),
        ("ana f cpu, smhli, auto-entrepreneur, ch7al amo?", "auto_entrepreneur"),
        ("أنا في المساهمة المهنية الموحدة، عفوا، مقاول ذاتي، كم أدفع للتأمين؟", "auto_entrepreneur"),
    ],
)
def test_the_regime_after_a_correction_is_held(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


def test_a_regime_corrected_to_not_yet_leaves_what_is_paid(reader: SituationReader) -> None:
    text = "je suis AE, enfin pas encore, pour le moment je ne déclare rien aux impôts. combien l'amo ?"
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "je suis AE depuis 2019, enfin, combien l'amo ?",
        "je suis à la CPU, pardon pour la question bête, combien l'amo ?",
        "j'ai enfin ma carte d'auto-entrepreneur, combien l'amo ?",
    ],
)
def test_without_a_replacement_the_regime_stays(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") in ("auto_entrepreneur", "cpu")


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("CPU... non, AE, combien l'amo ?", "auto_entrepreneur"),
        ("je suis au forfait, non, au réel avec un comptable. la retraite ?", "accounts"),
    ],
)
def test_a_bare_no_between_two_regimes_corrects_the_first(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


def test_a_tag_question_no_takes_nothing_back(reader: SituationReader) -> None:
    assert read(reader, "je suis AE, non ? combien l'amo").get("tax_situation") == "auto_entrepreneur"
