"""A wish for a far future ("mli nkbar", "عندما أكبر", "un jour peut-être", "يوما ما", "chi nhar") is no stage now: the
start or growth wished for in its clause is a dream, not where the business stands. A rural place stays, a stage said
in another clause stays, and "nkbar" meaning "to grow the workshop" is still growth."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "mli nkbar ghadi n7el 7anout dyal lbalgha, wach kayn chi 9ard?",
        "ملي نكبر بغيت نفتح محل ديال الخياطة، كاين شي تمويل؟",
        "عندما أكبر سأفتح ورشة للحدادة، ما هي القروض؟",
        "quand je serai grande j'ouvrirai un atelier de broderie, c'est quoi les aides ?",
        "peut-être un jour je lancerai ma marque de bijoux, il y a des prêts ?",
        "نتمنى نحلو شي نهار تعاونية ديال الكسكس، كاين الدعم؟",
        "inchallah chi nhar nfte7 atelier kbir dyal zlij, kayn chi credit?",
        "أحلم أن أفتح مشغلا للفخار يوما ما، هل هناك تمويل؟",
        "dans quelques années je voudrais agrandir, quels crédits existent ?",
    ],
)
def test_a_far_future_wish_is_no_stage(reader: SituationReader, text: str) -> None:
    assert "business_stage" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("bghit nkbar l'atelier dyali w nchri machina jdida", "grow"),
        ("je veux ouvrir un atelier de poterie, un jour j'ai vu une annonce pour Forsa", "start"),
        ("ساكنة فدوار بعيد، ملي نكبر بغيت نحل محل", "rural"),
        ("je veux agrandir mon atelier maintenant. un jour peut-être j'exporterai", "grow"),
    ],
)
def test_a_stage_outside_the_wish_stays(reader: SituationReader, text: str, stage: str) -> None:
    assert read(reader, text).get("business_stage") == stage
