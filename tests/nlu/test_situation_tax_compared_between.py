"""Two regimes after "between" ("entre", "بين", "bin", alone or ending "ما الفرق بين") are the two terms compared,
however many words name the first one: neither is the writer's (nlu.situation._alternatives)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "quelle différence de prix entre le forfait et le statut d'auto entrepreneur pour la cnss ?",
        "c'est quoi l'écart de cotisation entre un artisan auto-entrepreneur et un artisan qui a un comptable ?",
        "ما الفرق بين المساهمة المهنية الموحدة ونظام المقاول الذاتي في واجب الاشتراك؟",
        "chno lfar9 bin cpu o nidam dyal auto entrepreneur f l'amo?",
        "شنو الفرق بين الحرفي اللي فالسيبيو والحرفي اللي عندو المحاسب فلامو؟",
    ],
)
def test_two_regimes_after_between_are_compared_not_held(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


def test_a_regime_of_ones_own_beside_a_relatives_is_still_held(reader: SituationReader) -> None:
    # No "between": the writer's regime and a relative's are not a comparison.
    assert read(reader, "je suis au forfait et mon frère auto-entrepreneur, combien je paie ?")["tax_situation"] == "cpu"
