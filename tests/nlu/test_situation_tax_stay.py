"""A regime one means to stay in, or to keep, is held: staying is only possible in the regime one has."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # A plan or a wish to stay.
        ("je vais rester au forfait, combien je paie pour l'amo ?", "cpu"),
        ("je compte rester à la CPU, l'amo me coûtera combien ?", "cpu"),
        ("je souhaite rester à la contribution professionnelle unique, c'est combien l'amo ?", "cpu"),
        ("je veux rester auto-entrepreneuse, combien pour la cnss ?", "auto_entrepreneur"),
        ("je vais continuer au réel, combien je dois pour l'amo ?", "accounts"),
        ("je vais garder mon statut d'auto-entrepreneur, et l'amo c'est combien ?", "auto_entrepreneur"),
        # A future of staying.
        ("je resterai au forfait cette année, combien pour l'amo ?", "cpu"),
        # Refusing to stay still says where one is.
        ("je ne veux pas rester au forfait toute ma vie, mais pour l'amo je paie combien ?", "cpu"),
        # Darija and MSA.
        ("bghit nb9a f cpu, ch7al ghadi nkhelles f amo ?", "cpu"),
        ("أريد البقاء في نظام المساهمة المهنية الموحدة، كم سأدفع للتأمين الإجباري عن المرض؟", "cpu"),
    ],
)
def test_a_regime_one_stays_in_is_held(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        # A regime to move to, planned beside staying elsewhere words, is still a plan.
        "je vais passer à la CPU, combien pour l'amo ?",
        "je veux devenir auto-entrepreneur, combien coûte l'amo ?",
        # Staying offered as a choice holds none.
        "vaut-il mieux rester au forfait ou passer auto-entrepreneur pour l'amo ?",
    ],
)
def test_a_regime_planned_or_weighed_is_still_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
