"""The French "ne… que" and the Arabic "لا… إلا", "ليس… سوى" are "only", no negation: "je ne suis qu'auto-entrepreneur" holds the regime, "je ne paie que la
patente" still names none, and "je ne sais pas ce que…" stays negated."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je ne suis qu'auto-entrepreneur, rien d'autre, combien l'amo ?", "auto_entrepreneur"),
        ("je ne paie que la contribution professionnelle unique, combien pour la cnss ?", "cpu"),
        ("je ne suis au réel que depuis cette année, quel montant amo ?", "accounts"),
        ("je n'ai que le statut AE, cb lamo", "auto_entrepreneur"),
        ("لا أدفع إلا المساهمة المهنية الموحدة، كم التأمين؟", "cpu"),
        ("لست إلا مقاولة ذاتية، كم أؤدي للتغطية الصحية؟", "auto_entrepreneur"),
        ("ليس لدي سوى نظام المقاول الذاتي، كم الاشتراك؟", "auto_entrepreneur"),
    ],
)
def test_ne_que_holds_the_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    ["je ne paie que la taxe professionnelle, combien l'amo ?", "je ne pense pas que je sois au forfait, combien l'amo ?"],
)
def test_ne_que_names_nothing_more(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


def test_a_negation_before_que_still_negates(reader: SituationReader) -> None:
    assert read(reader, "je ne paie pas d'impôt, je sais ce que je dis, combien l'amo ?").get("tax_situation") == "none"
