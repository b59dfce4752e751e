"""A member of a cooperative (or one who will found one) who asks to register as a person ("à titre individuel",
"seule", "بصفة فردية", "بمفردي") is not the group: the writer's own years or diploma decide."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Je fais partie d'une coopérative de broderie depuis 2015 mais je voudrais m'inscrire à titre individuel.", "practice"),
        ("membre d'une cooperative de poterie depuis 6 ans, je peux m'inscrire seul ?", "practice"),
        ("J'adhère à une coopérative de tissage mais j'aimerais être inscrite personnellement, je tisse depuis 10 ans.", "practice"),
        ("أنا منخرطة في تعاونية للخياطة منذ 2016، هل يمكنني أن أسجل بصفتي الشخصية؟", "practice"),
        ("عضو في تعاونية النجارة منذ ثماني سنوات، وأرغب في التسجيل بشكل فردي", "practice"),
        ("لدي دبلوم في الطرز وأنا عضوة في تعاونية، هل يمكنني التسجيل بمفردي؟", "diploma"),
    ],
)
def test_a_member_registering_alone_is_read_for_herself(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        "notre coopérative de tapis existe depuis 2018, peut-elle s'inscrire ?",
        "نحن تعاونية للطرز تأسست سنة 2019، هل يمكننا التسجيل؟",
        # "Alone" said of the work, not of registering: the group still registers.
        "nous sommes une coopérative, chaque femme tisse seule chez elle, on peut s'inscrire ?",
    ],
)
def test_a_group_registering_stays_a_group(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "cooperative"


@pytest.mark.parametrize(
    "text",
    [
        # Registering alone asked against the group ("or the cooperative?"): weighed, not chosen.
        "أنا عضو في تعاونية للفخار، هل أسجل بصفة فردية أم تسجل التعاونية؟",
        "ana 3odwa f t3awniya dyal zrabi, wach ntsjel b rasi wla t3awniya li katsjel?",
        "je suis membre d'une coopérative de vannerie, je m'inscris seule ou c'est la coopérative ?",
        # The "or" a few words after "alone", the group after it.
        "Je suis membre d'une coopérative de poterie. Je peux m'inscrire moi-même au RNA ou c'est la coopérative qui s'inscrit ?",
    ],
)
def test_registering_alone_weighed_against_the_group_keeps_the_group(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "cooperative"
