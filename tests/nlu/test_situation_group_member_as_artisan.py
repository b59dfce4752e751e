"""A member of a cooperative who asks to register "myself" or "as an artisan" ("أسجل نفسي كحرفية", "التسجيل كصانع
تقليدي", "m'inscrire en tant qu'artisane", "nsjel rasi") registers as a person, as one who says "individually" does:
the group is not the registrant, the writer's own years decide (round 29 B, fresh 32)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "أنا عضو في تعاونية للنجارة وأريد أن أسجل نفسي، أعمل في النجارة منذ سبع سنوات، هل يمكن؟",
        "أنا منخرطة في تعاونية للزرابي، هل يمكنني التسجيل كحرفية؟ أنسج منذ عشر سنوات",
        "أشتغل في تعاونية للفخار منذ خمس سنوات وأريد التسجيل كصانع تقليدي، هل يحق لي؟",
        "عضوة في تعاونية نسوية للطرز، أطرز منذ ست سنوات، هل أستطيع أن أسجل نفسي في السجل؟",
        "je suis membre d'une coopérative de tapis, je peux m'inscrire en tant qu'artisane ? je tisse depuis 8 ans",
        "ana 3odwa f t3awniya, bghit nsjel rasi, kan5ayet hadi 6 snin",
    ],
)
def test_a_member_registering_herself_is_read_by_her_years(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        "أنا رئيسة تعاونية للطرز، كيف نسجل التعاونية؟",
        "نحن تعاونية للدوم تأسست سنة 2020، هل يمكننا التسجيل؟",
        # The artisans a cooperative gathers are not "as an artisan" after a verb of registering.
        "تعاونيتنا تضم عشرين حرفية، هل يمكنها التسجيل في السجل؟",
    ],
)
def test_a_group_registering_stays_a_group(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "cooperative"
