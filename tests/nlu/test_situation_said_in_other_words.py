"""Situations said in words the readers did not know, from round 47's blind dev batches (nlu.situation_cues.yml and the
readers): a declaration glued to "and" after what one lacks, a cooperative member's own "I pay", the real-profit regime
in Darija, the Post's bank, Arabizi's "chhada" and "dip", a company in Spanish, a diploma one studies to get."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # "Without a diploma" negates the diploma, not the declaration glued to "and" after it.
        ("كنسج الحايك من 2022 بلا ديبلوم فآسفي وكنصرح اوطو انتروبرونور شنو لوراق", "auto_entrepreneur"),
        # A member of a cooperative who pays herself: the regime is hers, not the cooperative's.
        ("انا فالتعاونية ديال الدوم فبنسليمان وكنخلص الفورفي على الحانوت ديالي بوحدي", "cpu"),
        ("عندي جوج وليدات 3 و 8 سنين وانا مصرحة بالربح الحقيقي عند الضرائب", "accounts"),
        ("كنخدم الحلوة وكنخلص 1 فالمية فباريد بنك كل 3 شهور، واش نقدر نبدا نخلص للتقاعد", "auto_entrepreneur"),
    ],
)
def test_the_writers_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_the_cooperatives_own_regime_stays_the_cooperatives(reader: SituationReader) -> None:
    assert "tax_situation" not in read(reader, "التعاونية ديالنا كتخلص الفورفي، واش نقدر نتسجل؟")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("bdit ntrz ghir 3amayn hadi w ma3ndi 7ta chhada, wach ndkhl f sijil?", "none"),
        ("slm, kankhdem nnjara mn 2024, ma3ndi dip, kankhlles forfait sghir", "none"),
        ("papeles para el registro: ana f tetouan 3ndi sociedad sghira dyal lbalgha", "enterprise"),
        # The diploma one would study for is wished, not held.
        ("ana khddama f ttarz mn 2025, ma3ndi chhada, fin n9der nqra bach nakhd diplome?", "none"),
    ],
)
def test_the_writers_category(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
