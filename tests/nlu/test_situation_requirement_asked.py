"""A requirement asked about is not held: a maâlem or a diploma in a third-person "must" ("un maalem doit…",
"lm3allem khaso…", "هل يحتاج الصانع المعلم…"), and years after a "do I need" ("wach khassni 3 snin?") state none
(nlu.situation_category, nlu.situation_years)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "le maalem doit avoir combien d'années de métier ?",
        "wach lm3allem khasso chi chahada?",
        "المعلم خاصو يكون عندو شهادة الوزارة؟",
        "هل يحتاج المعلم إلى دبلوم؟",
        "les maitres artisans doivent avoir un certificat ?",
        "wach khassni 3 snin dyal lkhibra?",
        "est-ce qu'il faut 3 ans de pratique ?",
        "هل يشترط خمس سنوات من الممارسة؟",
        # "You need", told or asked.
        "اظن خاصك دبلوم باش تتسجل فالسجل الوطني، ياك؟",
        "wach khassek diplome bach ttsjel?",
    ],
)
def test_a_requirement_asked_about_states_no_category(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The writer's own kind or years, then a question: still stated.
        ("ana m3allem 15 3am, khasso chi wra9?", "maalem"),
        ("je travaille le cuir depuis 5 ans, je dois fournir quoi ?", "practice"),
        ("3ndi 5 snin f zlij, wach khassni diplome?", "practice"),
        # What a group needs is asked for that group (as "pour une coopérative, quels documents ?").
        ("التعاونية ديالنا شنو خاصها من وراق؟", "cooperative"),
        ("la coopérative doit fournir quels documents ?", "cooperative"),
        # The certificate of practice asked for, said "the certificate of" practice, is no diploma.
        ("الشهادة ديال المزاولة منين كنجيبوها؟ كنخدم الحديد من ملي كان عندي سطاش العام ودابا عندي تلاتين", "practice"),
    ],
)
def test_ones_own_situation_before_a_question_is_kept(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    ["هل الشهادة ضرورية؟", "هل الشهادة ضرورية للتسجيل في السجل؟", "واش الديبلوم مطلوبة؟", "هل شهادة التكوين إجبارية للتسجيل؟"],
)
def test_a_diploma_asked_as_required_in_the_feminine_is_not_held(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        # Papers listed after a need: the need reaches each of them, the writer's own years decide.
        "Pour le RNA il faut la CIN et l'attestation d'exercice, mais moi je taille la pierre depuis deux ans "
        "seulement, sans diplôme.",
        "خاص البطاقة الوطنية و شهادة المزاولة؟ انا خدام 2 سنين بلا ديبلوم",
    ],
)
def test_a_paper_listed_after_a_need_is_not_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


def test_a_paper_held_before_a_need_is_held(reader: SituationReader) -> None:
    assert read(reader, "j'ai la CIN et l'attestation d'exercice, il faut quoi d'autre ?").get("category") == "practice"
