"""How the AMO works asks what it is and covers (nlu/amo_workings.py)."""

import pytest

from nlu.amo_workings import asks_how_it_works, rerank
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "Personne ne m'a jamais demandé d'impôt, je suis forgeron. L'AMO ça marche comment ?",
        "التغطية الصحية ديال الحرايفية كيفاش خدامة؟",
        "l'amo kifach katkhdem m3a li ma kaykhllsch dariba?",
    ],
)
def test_how_the_amo_works_is_its_coverage(text: str) -> None:
    assert rerank(lemmas(text), ranking("amo_enroll", "amo_cost", "amo_info"))[0]["name"] == "amo_info"


@pytest.mark.parametrize(
    "text",
    [
        # Joining it, or its price, asked; the writer at work, no how.
        "comment ça marche pour s'inscrire à l'AMO ?",
        "l'amo kifach katkhdem, ch7al nkhelles f chhar?",
        "أنا خدامة فالطرز فالدار وبغيت لامو",
    ],
)
def test_joining_a_price_or_no_how_is_left_alone(text: str) -> None:
    assert not asks_how_it_works(lemmas(text))


@pytest.mark.parametrize(
    "text",
    [
        "kifach nsjjel f cnss bach nakhod amo? ma kankhlles walo, khdama f lkhiyata f khouribga",
        "khti 3ndha l'cpu w katkhdem l7rir f sla, kifach tdkhol l amo?",
    ],
)
def test_how_far_from_working_asks_something_else(text: str) -> None:
    assert not asks_how_it_works(lemmas(text))
