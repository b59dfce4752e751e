"""Asking what a regime is or how it is computed ("ما هو نظام المقاول الذاتي؟", "آش هو الأوطو؟", "comment on calcule
la CPU ?"): the regime is asked about, not held."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ما هي المساهمة المهنية الموحدة؟ وهل تعني أنني أؤدي أقل للتأمين؟",
        "ما هو نظام المقاول الذاتي بالضبط؟",
        "اش هي الضريبة الموحدة؟ واش كتنقص من الأمو؟",
        "شناهو المقاول الذاتي؟ عافاكم فهموني",
        "comment se calcule la contribution professionnelle unique ?",
        "comment est calculé l'auto-entrepreneur pour l'AMO ?",
        "kifach kayt7seb cpu dyal l7rayfiya?",
        "كيف يتم احتساب المساهمة المهنية الموحدة للحرفيين؟",
    ],
)
def test_a_regime_asked_about_is_not_held(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The question is of something else; the regime said further on is the writer's.
        ("ما هو المبلغ الذي أدفعه كمقاول ذاتي للتأمين الصحي؟", "auto_entrepreneur"),
        ("أنا في المساهمة المهنية الموحدة، ما هو مبلغ الاشتراك؟", "cpu"),
    ],
)
def test_the_writers_regime_after_another_question_is_held(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_what_of_a_kind_keeps_the_kind(reader) -> None:
    # "ما هي وثائق…" asks papers of the writer's own enterprise: only regimes are asked about this way.
    assert read(reader, "ما هي وثائق التعاونية ديالنا؟").get("category") == "cooperative"
