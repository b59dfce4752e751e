"""How to register, asked with the Darija present ("كيفاش كيتسجل المعلم؟", "kifach kaytsjel") or with the words of how
or where after the register word, ending the message ("التسجيل فين وكيفاش"), is the how-to, even after a kind said
first (nlu/register_question.py)."""

import pytest

from nlu.register_question import rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "كيفاش كيتسجل المعلم؟ أنا حداد هادي 15 عام",
        "kifach kaytsjel lmaalem? ana 20 3am f nnjara",
        "معلم فالنحاس 25 سنة وعندي الشهادة. التسجيل فين وكيفاش",
        "ana khiyata 10 snin, ntsjel fin?",
        # The next step; a course in the story after the question is where a diploma came from.
        "ايه عندي الديبلوم ديال الطرز. دابا شنو الخطوة الجاية باش نتسجل؟",
        "شنو هي الخطوات ديال التسجيل فالموقع؟ أنا خياط، عندي دبلوم ديال التكوين المهني",
    ],
)
def test_how_or_where_to_register_is_the_how_to(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "rna_register_how", "training"))
    assert ranked[0]["name"] == "rna_register_how"


def test_where_one_works_after_may_i_register_is_no_how(text: str = "واش نقدر نتسجل؟ فين خدام") -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "rna_register_how", "training"))
    assert ranked[0]["name"] == "rna_eligibility"
