"""A certificate of an internship or of attending a short course ("certificat de stage", "attestation de participation",
"شهادة مشاركة") is no diploma of DOMAIN.md §1: the years of practice decide (nlu/situation_cues.yml, other_papers)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "j'ai juste un certificat de stage chez un potier, je fais de la poterie depuis 2018",
        "j'ai une attestation de participation a un atelier de broderie et je brode depuis 6 ans",
        "عندي شهادة المشاركة في ورشة للنسيج، وأنسج الزرابي منذ ثماني سنوات",
        "حصلت على شهادة حضور دورة قصيرة في الخزف وأشتغل فيه منذ 2015",
    ],
)
def test_an_internship_or_attendance_paper_is_no_diploma(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "j'ai un certificat de formation en couture de l'OFPPT",
        "حصلت على شهادة التكوين في الخياطة",
    ],
)
def test_a_training_certificate_is_still_a_diploma(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "diploma"
