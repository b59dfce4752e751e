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


@pytest.mark.parametrize(
    "text",
    [
        "kayn chi credit l l'export dyal lblagh?",
        "khassni tamwil bach ndkhol l lexport m3a chi charika",
        "un crédit pour me lancer dans l'export de mes tapis, possible ?",
    ],
)
def test_the_export_said_as_a_noun_is_growth(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("bghit credit bach ndir site web l zrabi dyali", "grow"),
        ("il me faut un prêt pour un site internet où vendre mes bijoux", "grow"),
        ("أحتاج قرضا لموقع إلكتروني أعرض فيه منتجاتي", "grow"),
        ("bghit nfte7 atelier dyal lkhiyata w ndir site web, chi credit?", "start"),
    ],
)
def test_a_website_is_growth_unless_a_start_is_said(reader: SituationReader, text: str, stage: str) -> None:
    # A website is bought to start as to grow: it says grow only when no other word says a stage.
    assert read(reader, text).get("business_stage") == stage


@pytest.mark.parametrize(
    "text",
    [
        # Exporting said by "we" or of a relative, and its noun with a preposition glued.
        "عندنا تعاونية ديال الزرابي وبغينا نصدرو للخارج، محتاجين تمويل",
        "خويا بغا يصدر النحاس ديالو لفرنسا، واش كاين شي قرض ليه؟",
        "محتاجين قرض للتصدير، عندنا ورشة ديال الجلد",
    ],
)
def test_exporting_by_us_or_a_relative_is_growth(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"
