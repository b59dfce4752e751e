"""How to register, asked with a trade of the registry named, is the register's question, not out of scope."""

import pytest

from nlu.out_of_domain import OutOfDomain
from nlu.trade_register_question import rerank
from tests.nlu.rankings import lemmas, ranking

TRADE = {"entity": "craft", "value": "WOOD", "extractor": "LexiconEntityExtractor"}
GUESSED_TRADE = {**TRADE, "extractor": "UnlistedTradeExtractor"}


@pytest.mark.parametrize(
    "text",
    [
        "جاري نجار وبغا يعرف كيفاش يتسجل، شنو يدير؟",
        "عندي شركة صغيرة ديال الفرفورجي فبرشيد كيفاش نسجل الشركة",
        "كيفاش نسجلو التعاونية ديالنا ديال الحلي فالراشيدية؟",
        "notre coopérative de tapis, comment l'inscrire ?",
        "ana nejjar, mnin nbda ntsjel?",
    ],
)
def test_a_how_question_with_a_trade_is_the_registers(out_of_domain: OutOfDomain, text: str) -> None:
    reranked = rerank(lemmas(text), [TRADE], ranking("out_of_scope", "marketing", "rna_register_how"), out_of_domain)
    assert reranked[0]["name"] == "rna_register_how"


@pytest.mark.parametrize(
    ("text", "entities", "first"),
    [
        # No trade of the registry: a child at school, a car, a grocery.
        ("كيفاش نسجل ولدي فالمدرسة", [], "out_of_scope"),
        ("comment inscrire ma fille au jardin d'enfants ?", [], "out_of_scope"),
        # A trade only guessed is no trade of the registry.
        ("je tiens une épicerie, comment m'inscrire ?", [GUESSED_TRADE], "out_of_scope"),
        # A trade, but no question of how to register.
        ("نجار وبغيت نمشي للحج", [TRADE], "out_of_scope"),
    ],
)
def test_other_out_of_scope_questions_stay(
    out_of_domain: OutOfDomain, text: str, entities: list[dict], first: str
) -> None:
    reranked = rerank(lemmas(text), entities, ranking("out_of_scope", "marketing", "rna_register_how"), out_of_domain)
    assert reranked[0]["name"] == first


def test_another_topic_first_or_how_far_down_is_left_alone(out_of_domain: OutOfDomain) -> None:
    text = "جاري نجار وبغا يعرف كيفاش يتسجل"
    led = ranking("marketing", "out_of_scope", "rna_register_how")
    assert rerank(lemmas(text), [TRADE], led, out_of_domain) == led
    far = ranking("out_of_scope", "a", "b", "c", "d", "rna_register_how", confidences=(0.4, 0.2, 0.1, 0.1, 0.1, 0.05))
    assert rerank(lemmas(text), [TRADE], far, out_of_domain) == far
