"""Exporting is what a running business does: "exporter", "nsedder", "نصدر", "التصدير" say it grows."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je voudrais exporter mes tapis vers la France, quel prêt ?",
        "on fait un peu d'exportation, il nous faut un crédit pour suivre",
        "bghit nsedder zrabi dyali l brra, kayn chi credit?",
        "bghit ndir l'export dyal lbal3a, khassni tamwil",
        "أريد تصدير منتجاتي من الفخار إلى الخارج وأحتاج تمويلا",
        "بغيت نصدر الزليج لأوروبا، واش كاين قرض؟",
    ],
)
def test_exporting_is_growth(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"


def test_an_expert_is_no_export(reader: SituationReader) -> None:
    # "expert" and "export" share a consonant skeleton: only the verb and the noun of exporting are cues.
    assert "business_stage" not in read(reader, "ma comptabilité est tenue par un expert, quel montant pour l'amo ?")
