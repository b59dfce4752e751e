"""An accountant who advises a regime, or tells the writer to take one, is the adviser: the regime advised is not held,
and the accountant keeps no books of the writer's (shared/DOMAIN.md §2: a regime advised is not the writer's)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "mon comptable m'a conseillé le forfait, ça fait combien pour l'amo ?",
        "le comptable me conseille de passer auto-entrepreneur, combien je paierai à la cnss ?",
        "la fiduciaire m'a dit de prendre la CPU, l'AMO sera de combien ?",
        "un expert comptable m'a recommandé la micro-entreprise, quel tarif amo ?",
        "conseillé par mon comptable, j'envisage le régime simplifié, combien l'amo",
        "نصحني محاسبي بالمساهمة المهنية الموحدة، كم سأدفع للتغطية الصحية؟",
        "المحاسب ديالي نصحني بالأوطو أونطروبرونور، شحال لامو؟",
    ],
)
def test_an_accountant_who_advises_names_no_regime(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    "text",
    [
        "on m'a recommandé le statut d'auto-entrepreneur, l'amo coûte combien ?",
        "ma voisine me recommande la contribution professionnelle unique, et l'amo ?",
        "un ami m'a suggéré le forfait, combien pour la couverture maladie ?",
    ],
)
def test_a_regime_recommended_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The accountant says what the writer is, or keeps the books: the regime, or accounts, is the writer's.
        ("mon comptable m'a dit que je suis au forfait, combien l'amo ?", "cpu"),
        ("j'ai un comptable qui fait mes bilans, combien l'amo ?", "accounts"),
        ("عندي محاسب كيدير ليا الحسابات، شحال لامو؟", "accounts"),
    ],
)
def test_an_accountant_who_does_not_advise_still_counts(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
