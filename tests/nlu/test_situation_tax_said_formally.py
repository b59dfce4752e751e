"""No tax, or a regime given up, in the words of formal letters and accentless phones: "غير مقيد في الضرائب",
"أعفيت منها", "كنت في السابق أؤدي…", "aucune imposition"; the CPU told by a yearly sum paid at the perception, a month
said between (nlu.situation_tax)."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("أنا خياط غير مقيد في الضرائب، كم أدفع للتأمين؟", "none"),
        ("كنت أؤدي الضريبة الجزافية حتى 2024 ثم أعفيت منها، كم واجب التأمين؟", "none"),
        ("كنت في السابق أؤدي المساهمة المهنية الموحدة، ولم أعد أدفع شيئا للضرائب، كم واجب التأمين؟", "none"),
        ("aucune imposition pour le moment, l'amo c'est combien ?", "none"),
        ("chaque annee en fevrier je vais a la perception payer 900 dh, l amo c'est combien ?", "cpu"),
    ],
)
def test_the_regime_told_formally(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_an_imposition_regime_asked_states_nothing(reader) -> None:
    assert read(reader, "quel est le régime d'imposition des artisans ?").get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("أنا نجار والضرايب ما عمرهم عرفوني، كيفاش ندخل لامو؟", "none"),
        ("ana kankhlles ssi pi u dyal l7anout, ch7al l amo?", "cpu"),
    ],
)
def test_the_regime_told_in_darija(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_a_noun_joined_by_and_takes_the_postposed_negation(reader) -> None:
    """"بالديبلوم والضريبة ما عنديش": the tax is denied, the diploma held."""
    found = read(reader, "أنا نجار بالديبلوم والضريبة ما عنديش، شنو الوراق؟")
    assert (found.get("category"), found.get("tax_situation")) == ("diploma", "none")


def test_the_company_tax_on_profits_is_accounts(reader) -> None:
    assert read(reader, "3ndi charika dyal nnjara w kankhlles l'IS kol 3am, ch7al l amo?").get("tax_situation") == "accounts"
