"""A regime said of the place the writer works in for someone else (named by the writer's work there or by its owner)
is the workplace's, not the worker's; the writer's own shop keeps its regime, and so does the writer's own regime
said beside their workplace."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "le magasin où je travaille depuis 3 ans est à la CPU, moi je suis simple vendeur, l'amo c'est combien ?",
        "l'usine de mon patron est au réel avec un comptable, et je voudrais savoir combien je paierais pour l'amo",
        "المتجر الذي أعمل فيه يؤدي المساهمة المهنية الموحدة، فكم سأؤدي أنا للتأمين الصحي؟",
        "lhanout li khddam fih f cpu, ana ghir m3awen, ch7al l'amo ?",
    ],
)
def test_a_workplaces_regime_is_not_the_workers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The worker's own "none" after the workplace's regime.
        ("la fabrique où je bosse a un comptable mais moi je ne paie aucun impôt, combien pour l'amo ?", "none"),
        ("المعمل الذي أشتغل به يمسك المحاسبة، أما أنا فغير مسجل في أي نظام ضريبي", "none"),
        # The writer's own shop, or their own regime beside the workplace.
        ("mon atelier est au forfait depuis 2019, combien l'amo ?", "cpu"),
        ("l'atelier où je travaille, je suis auto-entrepreneur dedans, combien je paie ?", "auto_entrepreneur"),
    ],
)
def test_the_writers_own_beside_a_workplace(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
