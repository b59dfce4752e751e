"""A group named as the writer's own ("تعاونيتنا", "notre coopérative") is held: a need said before it is of something
else ("ما هي الوثائق الواجب تقديمها لتسجيل تعاونيتنا؟" needs papers), while a group one may need is asked."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ما هي الوثائق الواجب تقديمها لتسجيل تعاونيتنا النسوية في السجل؟",
        "quels papiers faut-il pour inscrire notre coopérative ?",
    ],
)
def test_our_group_after_a_need_is_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "cooperative"


@pytest.mark.parametrize("text", ["واش خاص تعاونية باش نتسجل؟", "faut-il une coopérative pour s'inscrire ?"])
def test_a_group_needed_is_asked(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


def test_our_company_said_after_the_papers_asked(reader) -> None:
    """"ماهي الوثائق الخاصة بالمقاولة لدينا شركة…": "لدينا" (we have) starts a statement the question no longer reaches."""
    text = "ماهي الوثائق الخاصة بالمقاولة لدينا شركة ذات مسؤولية محدودة في الدباغة"
    assert read(reader, text).get("category") == "enterprise"
