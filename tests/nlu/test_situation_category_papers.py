"""Papers that are no craft diploma (a residence, school or life certificate, the baccalaureate, an apprenticeship
certificate), said alone, as all one has ("ما عندي غير شهادة الإقامة") or as the paper one has ("chahada li 3ndi dyal
lbac"); a diploma denied past a relative clause ("الديبلوم اللي كيطلبو … عمري ما خديتو"); being self-taught; asking
whether a training counts as a diploma, which says nothing of having one; and a craft diploma still read as one."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "عندي ديبلوم ديال الباك",
        "عندي شهادة التدرج المهني فالنجارة",
        "3ndi diplome dyal bac",
        "عندي شهادة البكالوريا",
        "عندي شهادة السكنى، واش نقدر نتسجل؟",
    ],
)
def test_a_paper_that_is_no_craft_diploma_alone_says_nothing(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "ما عندي غير شهادة الإقامة، وكنخدم الخرازة هادي تمن شهور",
        "لا أحمل سوى شهادة الحياة، وأشتغل في الخزف منذ سنة",
        "3ndi ghir chahada dyal lmadrasa, w kankhdem f zlij hadi 3am",
        # MSA apprenticeship, or no paper at all, with a short practice.
        "تعلمت النجارة بالتدرج المهني منذ سنة، هل يمكنني التسجيل؟",
        "أعمل في الحدادة منذ سنتين وليست لدي أي وثيقة",
    ],
)
def test_only_a_paper_that_is_no_diploma_with_a_short_practice_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The negation stands past a relative clause about the topic ("that they told me about").
        ("الديبلوم اللي كيطلبو فالغرفة عمري ما خديتو، وكنخدم الدباغة هادي ست سنين", "practice"),
        ("الشهادة التي يتحدث عنها الجميع لم أحصل عليها، وأعمل في النقش منذ سبع سنوات", "practice"),
        ("diplome li kaytlbo f lghorfa 3omri ma khditou, w ana khddam f nnjara 6 snin", "practice"),
        # The certificate one has is of another kind ("of the bac, not of the craft").
        ("chahada li 3ndi dyal lbac machi dyal sen3a, w kankhdem f zlij hadi 4 snin", "practice"),
        # With a relative clause and no negation, a diploma is a diploma.
        ("الديبلوم اللي عندي من OFPPT فالحدادة، واش نتسجل؟", "diploma"),
        ("تخرجت من مركز التأهيل المهني في النجارة", "diploma"),
    ],
)
def test_a_diploma_denied_past_its_relative_clause_or_held(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("autodidacte, je couds depuis 6 mois", "none"),
        ("sans diplome et je commence a peine", "none"),
        ("j'ai appris sur le tas, 7 ans de poterie", "practice"),
    ],
)
def test_self_taught_is_no_diploma(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Asking whether something counts as a diploma says nothing of having one.
        ("kont apprenti 3nd m3allem f nnjara 6 chhour, wach hadchi kayt7seb diplome?", "none"),
        ("واش التكوين ديال 6 شهور كيتحسب ديبلوم؟", None),
        ("هل تعتبر شهادة التكوين دبلوما؟", None),
    ],
)
def test_counts_as_a_diploma_asks(reader: SituationReader, text: str, category: str | None) -> None:
    assert read(reader, text).get("category") == category
