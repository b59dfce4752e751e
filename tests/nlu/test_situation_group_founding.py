"""A group not yet founded: a word of founding ("تأسيس", "إنشاء", "نؤسس", "constituer", "fonder") a few words before a
cooperative or a company says it does not exist yet, so it is no kind the writer holds; a group founded in the past,
or becoming one ("se constituer en coopérative"), is held."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "كيف يمكن تأسيس تعاونية للصناعة التقليدية؟",
        "ما هي مراحل إنشاء تعاونية للنسيج؟",
        "نفكر في تشكيل تعاونية للطرز مع نساء الحي",
        "أود أن أعرف كيف أؤسس مقاولة للنجارة",
        "Quelles sont les étapes pour constituer une coopérative d'artisanat ?",
        "nous aimerions fonder une coopérative de couture, par où commencer ?",
    ],
)
def test_a_group_to_found_is_not_held(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Before the group exists, the writer's own years decide.
        ("في انتظار تأسيس تعاونيتنا، هل يمكنني التسجيل؟ أمارس الخياطة منذ ست سنوات", "practice"),
        ("avant de fonder notre coopérative, je peux m'inscrire ? je tisse depuis 9 ans", "practice"),
        # Founded already, or becoming one: held.
        ("أسست تعاونية للفخار سنة 2018، هل يمكن تسجيلها؟", "cooperative"),
        ("تأسست تعاونيتنا للزرابي قبل ثلاث سنوات، فهل يمكننا التسجيل؟", "cooperative"),
        ("nos brodeuses viennent de se constituer en coopérative, peut-on s'inscrire ?", "cooperative"),
    ],
)
def test_founding_decides_whether_the_group_exists(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
