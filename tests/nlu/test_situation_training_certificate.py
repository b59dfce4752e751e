"""A paper of a short course or an internship, named in MSA ("شهادة تدريب", "شهادة تربص", "شهادة دورة تكوينية"), is
no diploma of DOMAIN.md §1, as "certificat de stage" and "شهادة مشاركة" are not: the years decide, or the assistant
asks (round 29 B, fresh 32)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "لدي شهادة تدريب في الخياطة لمدة ثلاثة أشهر فقط، هل أستطيع التسجيل؟",
        "حصلت على شهادة دورة تكوينية قصيرة في الفخار، هل يمكنني التسجيل في السجل؟",
        "عندي شهادة تربص في النجارة، وأشتغل منذ سنة، هل أسجل؟",
        "هل تقبل شهادة تدريب مدته شهر في الحلي كدبلوم للتسجيل؟",
    ],
)
def test_a_course_certificate_is_no_diploma(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("أملك شهادة التدريب من ورشة جمعوية وأعمل في الحدادة منذ ست سنوات، هل يمكنني التسجيل؟", "practice"),
        ("لا أملك إلا شهادة تدريب من جمعية، وأعمل في الطرز منذ سنتين، هل يحق لي التسجيل؟", "none"),
        # A diploma said beside the course's paper is still held.
        ("لدي دبلوم التقني في الخياطة وشهادة تدريب في الطرز، هل أسجل؟", "diploma"),
    ],
)
def test_beside_a_course_certificate_the_rest_decides(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
