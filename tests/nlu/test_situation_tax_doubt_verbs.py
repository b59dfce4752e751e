"""Doubting one's regime with a verb or "not certain" ("je doute d'être au forfait", "أشك أنني…") states none."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je doute d'être encore auto-entrepreneur, combien l'amo ?",
        "je doute que je sois au réel, quel montant pour l'amo",
        "j'ai un doute que je sois toujours à la CPU, combien pour la cnss",
        "je ne suis pas certaine d'être au forfait, combien je paie ?",
        "أشك أنني ما زلت في نظام المقاول الذاتي، كم أدفع للتأمين؟",
        "لست متيقنا من أنني في المساهمة المهنية الموحدة، كم الاشتراك؟",
    ],
)
def test_a_doubted_regime_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
